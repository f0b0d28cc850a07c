// The vault: creates the journal, unlocks it by passphrase or recovery code, holds the open database, locks it,
// and rewraps the data key when the passphrase or recovery code changes.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError, toAppError } from '../errors/AppError';
import { openEncryptedDatabase, type Db } from '../db/openDatabase';
import { AttemptLedger, keyFileTarget, LEDGER_FILE_NAME } from './attemptLedger';
import { AttemptThrottle, wrongSecretError, type ThrottledResult } from './attemptThrottle';
import { defaultKdfCost, type KdfParams } from './kdf';
import { backupsDir } from '../backup/autoBackups';
import { remakeAutomaticBackups, type BackupOutcome } from '../rekey/rekeyBackups';
import { finishRekey, stageRekey } from '../rekey/rekeyJournal';
import { KEY_FILE_FORMAT, KEY_FILE_VERSION, keyFileText, makeSlot, readKeyFile, signKeyFile, writeKeyFile, type KeyFile, type SlotKind } from './keyFile';
import { previousKeyFilePath } from './keyFileCopies';
import { assertDatabasePresent, checkAndMigrate, writeDailyBackupQuietly } from './journalSafety';
import { generateRecoveryCode, normalizeRecoveryCode } from './recoveryCode';
import { plannedSlots, type SlotChange } from './slotPlan';
import { unwrapWithSecret, type UnlockSecret } from './unwrapWithSecret';

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

export type { UnlockSecret } from './unwrapWithSecret';

/** What a passphrase or recovery-code change did: the data key kept or replaced, and what became of each automatic backup. */
export interface KeyChangeOutcome {
  recoveryCode?: string;
  dataKey: 'kept' | 'replaced';
  backups: BackupOutcome;
}

export class Vault {
  private db: Db | null = null;
  private dataKey: Buffer | null = null;
  private readonly attempts: AttemptThrottle;
  private readonly ledger: AttemptLedger;
  private slotWrites: Promise<unknown> = Promise.resolve();

  /** `afterMigrate` runs on every open, after migrations, in the same guarded step (e.g. syncing built-in templates). */
  constructor(
    private readonly options: VaultOptions,
    private readonly afterMigrate: (db: Db) => void = () => {},
  ) {
    this.ledger = new AttemptLedger(path.join(options.dataDir, LEDGER_FILE_NAME), () => this.status().exists);
    this.attempts = new AttemptThrottle(this.ledger, () => (options.now?.() ?? new Date()).getTime());
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

  /**
   * A backup's key slots opened under the same wrong-attempt limit as unlocking (an automatic backup holds the journal's own
   * slots). A success here never clears a count: only unlocking the journal itself does.
   */
  unwrapGuarded(keyFile: KeyFile, secret: UnlockSecret): Promise<ThrottledResult> {
    return this.attempts.run(keyFileTarget(keyFile), () => unwrapWithSecret(keyFile, secret), { clearOnSuccess: false });
  }

  status(): { exists: boolean; unlocked: boolean } {
    return { exists: existsSync(this.keyFilePath) || existsSync(previousKeyFilePath(this.keyFilePath)), unlocked: this.db !== null };
  }

  /** The open database, or LOCKED. */
  database(): Db {
    if (!this.db) throw new AppError('LOCKED');
    return this.db;
  }

  async create(passphrase: string): Promise<{ recoveryCode: string }> {
    if (this.status().exists) throw new AppError('ALREADY_EXISTS');
    await fs.mkdir(this.options.dataDir, { recursive: true, mode: 0o700 });
    // mkdir leaves an existing folder's mode as it was; the journal's folder is nobody else's to list.
    await fs.chmod(this.options.dataDir, 0o700);
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
      this.ledger.startFresh();
      return { recoveryCode };
    } catch (error) {
      dataKey.fill(0);
      throw toAppError(error);
    }
  }

  async unlock(secret: UnlockSecret): Promise<void> {
    if (this.db) return;
    if (!this.status().exists) throw new AppError('NO_VAULT');
    // A key change killed after its commit point is finished before anything reads the key file.
    finishRekey(this);
    assertDatabasePresent(this.databasePath);
    const dataKey = await this.verifiedDataKey(await readKeyFile(this.keyFilePath), secret);
    if (this.db) {
      // Another unlock finished while this one derived its key.
      dataKey.fill(0);
      return;
    }
    this.openWith(dataKey);
    await writeDailyBackupQuietly(this.database(), this.keyFilePath);
  }

  /**
   * Replaces every passphrase slot with one for `next` (and, when asked, every recovery slot with a new code). With a new data
   * key (the default when a recovery code authorises it: the old passphrase may be known to someone) the whole journal is
   * re-encrypted and every automatic backup re-made or deleted; otherwise only vault.json changes, and the backups' copies of it.
   */
  async changePassphrase(proof: UnlockSecret, next: string, rotateRecoveryCode: boolean, newDataKey = 'recoveryCode' in proof): Promise<KeyChangeOutcome> {
    const kinds: SlotKind[] = rotateRecoveryCode ? ['passphrase', 'recovery'] : ['passphrase'];
    return this.replaceSlots({ proof, kinds, passphrase: next, newDataKey });
  }

  /** A new recovery code; the old one stops working at once. A new data key by default: the old code is not what proved this. */
  async rotateRecoveryCode(passphrase: string, newDataKey = true): Promise<KeyChangeOutcome & { recoveryCode: string }> {
    const outcome = await this.replaceSlots({ proof: { passphrase }, kinds: ['recovery'], passphrase: null, newDataKey });
    return { ...outcome, recoveryCode: outcome.recoveryCode! };
  }

  lock(): void {
    this.db?.close();
    this.db = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
  }

  /** One change at a time, so two changes cannot both read the old file and one silently undo the other. */
  private replaceSlots(change: SlotChange): Promise<KeyChangeOutcome> {
    if (!this.dataKey) return Promise.reject(new AppError('LOCKED'));
    // A copy, taken now: locking while this waits or derives keys zero-fills the vault's own buffer. rewrap wipes it.
    const dataKey = Buffer.from(this.dataKey);
    const turn = this.slotWrites.then(() => this.rewrap(dataKey, change));
    this.slotWrites = turn.catch(() => undefined);
    return turn;
  }

  private async rewrap(dataKey: Buffer, change: SlotChange): Promise<KeyChangeOutcome> {
    const newKey = change.newDataKey ? randomBytes(32) : null;
    try {
      const keyFile = await readKeyFile(this.keyFilePath);
      const proven = await this.verifiedDataKey(keyFile, change.proof);
      const sameJournal = timingSafeEqual(proven, dataKey);
      proven.fill(0);
      // The secret must open this very journal, not some other key file swapped in while it was unlocked.
      if (!sameJournal) throw new AppError('VAULT_TAMPERED');
      const { slots, recoveryCode } = await plannedSlots(change, newKey ?? dataKey, keyFile.slots, this.options.kdfCost ?? defaultKdfCost);
      const { mac: _mac, checksum: _checksum, ...unsigned } = keyFile;
      const signed = signKeyFile({ ...unsigned, slots }, newKey ?? dataKey);
      const backups = newKey ? this.swapInNewKey(dataKey, newKey, keyFileText(signed)) : await this.writeRewrapped(dataKey, signed);
      return { ...(recoveryCode === undefined ? {} : { recoveryCode }), dataKey: newKey ? 'replaced' : 'kept', backups };
    } catch (error) {
      newKey?.fill(0);
      throw toAppError(error);
    } finally {
      dataKey.fill(0);
    }
  }

  /** Same data key, new slots: vault.json, then each automatic backup's copy of it, so a retired secret opens none of them. */
  private async writeRewrapped(dataKey: Buffer, signed: KeyFile): Promise<BackupOutcome> {
    await writeKeyFile(this.keyFilePath, signed);
    const dataDir = path.dirname(this.keyFilePath);
    const outcome = remakeAutomaticBackups({ dataDir, stagedDir: backupsDir(dataDir), oldKey: dataKey, newKey: null, keyFileText: keyFileText(signed) });
    for (const name of outcome.deleted) await fs.rm(path.join(backupsDir(dataDir), name), { force: true });
    return outcome;
  }

  /** Synchronous from closing the journal to reopening it under the new key (rekeyJournal.ts); takes ownership of newKey. */
  private swapInNewKey(checkedKey: Buffer, newKey: Buffer, text: string): BackupOutcome {
    const db = this.db;
    const oldKey = this.dataKey;
    // Locked while the new slots were derived: nothing was written, and the change needs the journal open.
    if (!db || !oldKey || !timingSafeEqual(oldKey, checkedKey)) throw new AppError('LOCKED', 'Your journal locked before its new key was in place, so nothing was changed. Unlock it and try again.');
    this.db = null;
    this.dataKey = null;
    let outcome: BackupOutcome;
    try {
      outcome = stageRekey({ db, oldKey, newKey, keyFileText: text, databasePath: this.databasePath, keyFilePath: this.keyFilePath, nativeBinding: this.options.nativeBinding });
    } catch (error) {
      // Committed or not, the journal reopens under whichever key its files now carry.
      if (finishRekey(this)) {
        oldKey.fill(0);
        this.openWith(Buffer.from(newKey));
      } else this.openWith(oldKey);
      throw error;
    }
    oldKey.fill(0);
    finishRekey(this);
    this.openWith(Buffer.from(newKey));
    return outcome;
  }

  /** The data key the secret opens, counted by the wrong-attempt throttle and checked against the key file's MAC. */
  private async verifiedDataKey(keyFile: KeyFile, secret: UnlockSecret): Promise<Buffer> {
    const result = await this.attempts.run(keyFileTarget(keyFile), () => unwrapWithSecret(keyFile, secret), { clearOnSuccess: true });
    if (result.status === 'tampered') throw new AppError('VAULT_TAMPERED');
    if (result.status === 'wrong') throw wrongSecretError(result);
    return result.dataKey;
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
