// The vault: creates the journal, unlocks it by passphrase or recovery code, holds the open database, locks it,
// and rewraps the data key when the passphrase or recovery code changes.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError, toAppError } from '../errors/AppError';
import { openEncryptedDatabase, type Db } from '../db/openDatabase';
import { AttemptThrottle } from './attemptThrottle';
import { defaultKdfCost, type KdfParams } from './kdf';
import { KEY_FILE_FORMAT, KEY_FILE_VERSION, keyFileMacValid, makeSlot, openSlot, readKeyFile, signKeyFile, writeKeyFile, type KeyFile, type KeySlot, type SlotKind } from './keyFile';
import { previousKeyFilePath } from './keyFileCopies';
import { assertDatabasePresent, checkAndMigrate, writeDailyBackupQuietly } from './journalSafety';
import { generateRecoveryCode, normalizeRecoveryCode } from './recoveryCode';

export const KEY_FILE_NAME = 'vault.json';
export const DATABASE_FILE_NAME = 'journal.db';

export interface VaultOptions {
  dataDir: string;
  /** Argon2id cost for new slots; tests pass a cheaper one. Unlock always uses each slot's stored cost. */
  kdfCost?: Omit<KdfParams, 'name' | 'salt'>;
  nativeBinding?: string;
  /** Clock for the wrong-attempt delay; tests inject one. */
  now?: () => Date;
}

export type UnlockSecret = { passphrase: string } | { recoveryCode: string };

/**
 * A set-up step the writer has not finished, kept in memory while the journal is open so a reload cannot skip it:
 * a recovery code shown but not yet confirmed as saved, or a new passphrase not yet chosen after a recovery-code unlock.
 */
export type PendingStep = { kind: 'recovery-code'; recoveryCode: string } | { kind: 'new-passphrase'; recoveryCode: string } | null;

export class Vault {
  private db: Db | null = null;
  private dataKey: Buffer | null = null;
  private readonly attempts: AttemptThrottle;
  private slotWrites: Promise<unknown> = Promise.resolve();
  private pending: PendingStep = null;

  /** `afterMigrate` runs on every open, after migrations, in the same guarded step (e.g. syncing built-in templates). */
  constructor(
    private readonly options: VaultOptions,
    private readonly afterMigrate: (db: Db) => void = () => {},
  ) {
    this.attempts = new AttemptThrottle(() => (options.now?.() ?? new Date()).getTime());
  }

  get keyFilePath(): string {
    return path.join(this.options.dataDir, KEY_FILE_NAME);
  }

  get databasePath(): string {
    return path.join(this.options.dataDir, DATABASE_FILE_NAME);
  }

  get nativeBinding(): string | undefined {
    return this.options.nativeBinding;
  }

  /** Checks of a backup's passphrase or recovery code count against the same wrong-attempt limit as unlocking. */
  checkSecret<T>(check: () => Promise<T>): Promise<T> {
    return this.attempts.run(check);
  }

  status(): { exists: boolean; unlocked: boolean; pendingStep?: 'recovery-code' | 'new-passphrase' } {
    const exists = existsSync(this.keyFilePath) || existsSync(previousKeyFilePath(this.keyFilePath));
    return { exists, unlocked: this.db !== null, ...(this.pending ? { pendingStep: this.pending.kind } : {}) };
  }

  /** The unfinished set-up step, or null; LOCKED when the journal is not open. */
  pendingStep(): PendingStep {
    this.database();
    return this.pending;
  }

  /** The writer confirmed the recovery code is saved, or chose not to pick a new passphrase now. */
  finishPendingStep(): void {
    this.database();
    this.pending = null;
  }

  /** The open database, or LOCKED. */
  database(): Db {
    if (!this.db) throw new AppError('LOCKED');
    return this.db;
  }

  async create(passphrase: string): Promise<{ recoveryCode: string }> {
    if (this.status().exists) throw new AppError('ALREADY_EXISTS');
    await fs.mkdir(this.options.dataDir, { recursive: true, mode: 0o700 });
    await this.setAsideOrphanDatabase();
    const dataKey = randomBytes(32);
    const recoveryCode = generateRecoveryCode();
    const cost = this.options.kdfCost ?? defaultKdfCost;
    try {
      const [passSlot, recoverySlot] = await Promise.all([
        makeSlot('passphrase', passphrase, dataKey, cost),
        makeSlot('recovery', normalizeRecoveryCode(recoveryCode), dataKey, cost),
      ]);
      const keyFile = signKeyFile(
        {
          format: KEY_FILE_FORMAT,
          version: KEY_FILE_VERSION,
          createdAt: new Date().toISOString(),
          database: { file: DATABASE_FILE_NAME, cipher: 'sqlcipher', legacy: 4 },
          slots: [passSlot, recoverySlot],
        },
        dataKey,
      );
      // Database first: a key file always has its database, so a missing one later means damage (see journalSafety.ts).
      this.openWith(dataKey);
      await writeKeyFile(this.keyFilePath, keyFile).catch((error: unknown) => {
        this.lock();
        throw error;
      });
      this.pending = { kind: 'recovery-code', recoveryCode };
      return { recoveryCode };
    } catch (error) {
      dataKey.fill(0);
      throw toAppError(error);
    }
  }

  async unlock(secret: UnlockSecret): Promise<void> {
    if (this.db) return;
    if (!this.status().exists) throw new AppError('NO_VAULT');
    assertDatabasePresent(this.databasePath);
    const dataKey = await this.verifiedDataKey(await readKeyFile(this.keyFilePath), secret);
    if (this.db) {
      // Another unlock finished while this one derived its key.
      dataKey.fill(0);
      return;
    }
    this.openWith(dataKey);
    // The code that opened the journal proves the passphrase change that should follow.
    if ('recoveryCode' in secret) this.pending = { kind: 'new-passphrase', recoveryCode: secret.recoveryCode };
    await writeDailyBackupQuietly(this.database(), this.keyFilePath);
  }

  /**
   * Replaces every passphrase slot with one for `next` (and, when asked, every recovery slot with a new code).
   * Only vault.json changes, atomically; the database file is never touched.
   */
  async changePassphrase(proof: UnlockSecret | 'pending-reset', next: string, rotateRecoveryCode: boolean): Promise<{ recoveryCode?: string }> {
    const secret = proof === 'pending-reset' ? this.pendingResetProof() : proof;
    if ('passphrase' in secret && secret.passphrase === next) {
      throw new AppError('INVALID_INPUT', 'That is already your passphrase, so nothing was changed. To change it, type a different one.');
    }
    const kinds: SlotKind[] = rotateRecoveryCode ? ['passphrase', 'recovery'] : ['passphrase'];
    const result = await this.replaceSlots(secret, kinds, next);
    this.pending = result.recoveryCode ? { kind: 'recovery-code', recoveryCode: result.recoveryCode } : null;
    return result;
  }

  /** A new recovery code; the old one stops working at once. */
  async rotateRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> {
    const { recoveryCode } = await this.replaceSlots({ passphrase }, ['recovery'], null);
    this.pending = { kind: 'recovery-code', recoveryCode: recoveryCode! };
    return { recoveryCode: recoveryCode! };
  }

  private pendingResetProof(): UnlockSecret {
    if (this.pending?.kind !== 'new-passphrase') {
      throw new AppError('INVALID_INPUT', 'Type your current passphrase (or your recovery code) to change it.');
    }
    return { recoveryCode: this.pending.recoveryCode };
  }

  lock(): void {
    // A step left open ends with the session: its secret must not outlive the unlocked journal.
    this.pending = null;
    this.db?.close();
    this.db = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
  }

  /** One rewrap at a time, so two changes cannot both read the old file and one silently undo the other. */
  private replaceSlots(proof: UnlockSecret, kinds: SlotKind[], passphrase: string | null): Promise<{ recoveryCode?: string }> {
    if (!this.dataKey) return Promise.reject(new AppError('LOCKED'));
    // A copy, taken now: locking while this waits or derives keys zero-fills the vault's own buffer. rewrap wipes it.
    const dataKey = Buffer.from(this.dataKey);
    const turn = this.slotWrites.then(() => this.rewrap(dataKey, proof, kinds, passphrase));
    this.slotWrites = turn.catch(() => undefined);
    return turn;
  }

  private async rewrap(dataKey: Buffer, proof: UnlockSecret, kinds: SlotKind[], passphrase: string | null): Promise<{ recoveryCode?: string }> {
    try {
      const keyFile = await readKeyFile(this.keyFilePath);
      const proven = await this.verifiedDataKey(keyFile, proof);
      const sameJournal = timingSafeEqual(proven, dataKey);
      proven.fill(0);
      // The secret must open this very journal, not some other key file swapped in while it was unlocked.
      if (!sameJournal) throw new AppError('VAULT_TAMPERED');
      const cost = this.options.kdfCost ?? defaultKdfCost;
      const recoveryCode = kinds.includes('recovery') ? generateRecoveryCode() : undefined;
      const fresh: KeySlot[] = await Promise.all([
        ...(passphrase !== null ? [makeSlot('passphrase', passphrase, dataKey, cost)] : []),
        ...(recoveryCode !== undefined ? [makeSlot('recovery', normalizeRecoveryCode(recoveryCode), dataKey, cost)] : []),
      ]);
      const kept = keyFile.slots.filter((slot) => !kinds.includes(slot.kind));
      const { mac: _mac, checksum: _checksum, ...unsigned } = keyFile;
      await writeKeyFile(this.keyFilePath, signKeyFile({ ...unsigned, slots: [...fresh, ...kept].sort(bySlotKind) }, dataKey));
      return recoveryCode === undefined ? {} : { recoveryCode };
    } catch (error) {
      throw toAppError(error);
    } finally {
      dataKey.fill(0);
    }
  }

  /** The data key the secret opens, counted by the wrong-attempt throttle and checked against the key file's MAC. */
  private async verifiedDataKey(keyFile: KeyFile, secret: UnlockSecret): Promise<Buffer> {
    const dataKey = await this.attempts.run(() => this.unwrapDataKey(keyFile, secret));
    if (!keyFileMacValid(keyFile, dataKey)) {
      dataKey.fill(0);
      throw new AppError('VAULT_TAMPERED');
    }
    return dataKey;
  }

  private async unwrapDataKey(keyFile: KeyFile, secret: UnlockSecret): Promise<Buffer> {
    const kind: SlotKind = 'passphrase' in secret ? 'passphrase' : 'recovery';
    const text = 'passphrase' in secret ? secret.passphrase : normalizeRecoveryCode(secret.recoveryCode);
    const slots = keyFile.slots.filter((slot) => slot.kind === kind);
    let tampered = false;
    for (const slot of slots) {
      const result = await openSlot(slot, text);
      if (result.status === 'ok') return result.dataKey;
      if (result.status === 'tampered') tampered = true;
    }
    if (tampered) throw new AppError('VAULT_TAMPERED');
    throw new AppError(kind === 'passphrase' ? 'WRONG_PASSPHRASE' : 'WRONG_RECOVERY_CODE');
  }

  private openWith(dataKey: Buffer): void {
    const db = openEncryptedDatabase(this.databasePath, dataKey, { nativeBinding: this.options.nativeBinding });
    try {
      checkAndMigrate(db, this.keyFilePath);
      this.afterMigrate(db);
    } catch (error) {
      db.close();
      dataKey.fill(0);
      throw toAppError(error);
    }
    this.db = db;
    this.dataKey = dataKey;
  }

  /** A database without a key file cannot be opened by anyone; keep it aside rather than delete what might matter. */
  private async setAsideOrphanDatabase(): Promise<void> {
    if (!existsSync(this.databasePath)) return;
    const aside = `${this.databasePath}.orphaned-${Date.now()}`;
    await fs.rename(this.databasePath, aside);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(this.databasePath + suffix)) await fs.rename(this.databasePath + suffix, aside + suffix);
    }
  }
}

/** Passphrase slots first, then recovery: the order vault.create writes, so files stay alike. */
const bySlotKind = (a: KeySlot, b: KeySlot) => (a.kind === b.kind ? 0 : a.kind === 'passphrase' ? -1 : 1);
