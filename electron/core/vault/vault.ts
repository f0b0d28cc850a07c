// The vault: creates the journal, unlocks it by passphrase or recovery code, locks it, and changes its secrets (and, when asked,
// its data key). Key slots and the wrong-attempt limit live in KeySlots, the open database in JournalSession; this file puts them in order.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/openDatabase';
import { AppError, toAppError } from '../errors/AppError';
import { rewrapAutomaticBackups, type BackupOutcome } from '../rekey/rekeyBackups';
import { finishRekey, stageRekey } from '../rekey/rekeyJournal';
import type { ThrottledResult } from './attemptThrottle';
import { assertDatabasePresent, type MigrationHooks } from './journalSafety';
import { JournalSession } from './journalSession';
import { keyFileText, writeKeyFile, type KeyFile, type SlotKind } from './keyFile';
import { KeySlots, type KeySlotsOptions, type PlannedKeyFile, type UnlockSecret } from './keySlots';
import { setAsideOrphanDatabase } from './orphanDatabase';

export type { UnlockSecret } from './keySlots';

export const KEY_FILE_NAME = 'vault.json';
export const DATABASE_FILE_NAME = 'journal.db';

export interface VaultOptions extends KeySlotsOptions {
  dataDir: string;
  nativeBinding?: string;
}

/** What a passphrase or recovery-code change did: the data key kept or replaced, and what became of each automatic backup. */
export interface KeyChangeOutcome {
  recoveryCode?: string;
  dataKey: 'kept' | 'replaced';
  backups: BackupOutcome;
}

/**
 * A set-up step the writer has not finished, kept in memory while the journal is open so a reload cannot skip it:
 * a recovery code shown but not yet confirmed as saved, or a new passphrase not yet chosen after a recovery-code unlock.
 */
export type PendingStep = { kind: 'recovery-code'; recoveryCode: string } | { kind: 'new-passphrase'; recoveryCode: string } | null;

export class Vault {
  private readonly slots: KeySlots;
  private readonly session: JournalSession;
  private pending: PendingStep = null;

  constructor(
    private readonly options: VaultOptions,
    hooks: MigrationHooks = {},
  ) {
    this.slots = new KeySlots(path.join(options.dataDir, KEY_FILE_NAME), options);
    this.session = new JournalSession({ ...hooks, databasePath: this.databasePath, nativeBinding: options.nativeBinding });
  }

  get keyFilePath(): string {
    return this.slots.keyFilePath;
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
    return this.slots.unwrapGuarded(keyFile, secret);
  }

  /** Whether the database is open: no file system access, so every request can ask. */
  isUnlocked(): boolean {
    return this.session.isOpen;
  }

  status(): { exists: boolean; unlocked: boolean; pendingStep?: 'recovery-code' | 'new-passphrase' } {
    const unlocked = this.session.isOpen;
    // An open journal has its key file; only a locked one needs to look.
    return { exists: unlocked || this.slots.exists(), unlocked, ...(this.pending ? { pendingStep: this.pending.kind } : {}) };
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
    return this.session.database();
  }

  /** Marks, or unmarks, journal.db as needing its -wal for acknowledged saves (db/walNeeded.ts); nothing when locked. */
  settleWal(): void {
    this.session.settleWal();
  }

  /** A copy of the data key for a background job's own connection; the caller wipes it. */
  dataKeyCopy(): Buffer {
    return this.session.dataKeyCopy();
  }

  async create(passphrase: string): Promise<{ recoveryCode: string }> {
    if (this.status().exists) throw new AppError('ALREADY_EXISTS');
    await fs.mkdir(this.options.dataDir, { recursive: true, mode: 0o700 });
    // mkdir leaves an existing folder's mode as it was; the journal's folder is nobody else's to list.
    await fs.chmod(this.options.dataDir, 0o700);
    await setAsideOrphanDatabase(this.databasePath);
    const dataKey = randomBytes(32);
    try {
      const { keyFile, recoveryCode } = await this.slots.createFor(dataKey, passphrase, DATABASE_FILE_NAME);
      // Database first: a key file always has its database, so a missing one later means damage (see journalSafety.ts).
      this.session.open(dataKey);
      await this.slots.writeFirst(keyFile).catch((error: unknown) => {
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
    if (this.session.isOpen) return;
    if (!this.slots.exists()) throw new AppError('NO_VAULT');
    // A key change killed after its commit point is finished before anything reads the key file.
    finishRekey(this);
    assertDatabasePresent(this.databasePath);
    const dataKey = await this.slots.unwrap(secret);
    if (this.session.isOpen) {
      // Another unlock finished while this one derived its key.
      dataKey.fill(0);
      return;
    }
    this.session.open(dataKey);
    // The code that opened the journal proves the passphrase change that should follow.
    if ('recoveryCode' in secret) this.pending = { kind: 'new-passphrase', recoveryCode: secret.recoveryCode };
  }

  /**
   * Replaces every passphrase slot with one for `next` (and, when asked, every recovery slot with a new code). With a new data
   * key (the default when a recovery code authorises it: the old passphrase may be known to someone) the whole journal is
   * re-encrypted and every automatic backup re-made or deleted; otherwise only vault.json changes, and the backups' copies of it.
   */
  async changePassphrase(
    proof: UnlockSecret | 'pending-reset',
    next: string,
    rotateRecoveryCode: boolean,
    newDataKey?: boolean,
  ): Promise<KeyChangeOutcome> {
    const secret = proof === 'pending-reset' ? this.pendingResetProof() : proof;
    if ('passphrase' in secret && secret.passphrase === next) {
      throw new AppError('INVALID_INPUT', 'That is already your passphrase, so nothing was changed. To change it, type a different one.');
    }
    const kinds: SlotKind[] = rotateRecoveryCode ? ['passphrase', 'recovery'] : ['passphrase'];
    const outcome = await this.changeKeys(secret, kinds, next, newDataKey ?? 'recoveryCode' in secret);
    this.pending = outcome.recoveryCode ? { kind: 'recovery-code', recoveryCode: outcome.recoveryCode } : null;
    return outcome;
  }

  /** A new recovery code; the old one stops working at once. A new data key by default: the old code is not what proved this. */
  async rotateRecoveryCode(passphrase: string, newDataKey = true): Promise<KeyChangeOutcome & { recoveryCode: string }> {
    const outcome = await this.changeKeys({ passphrase }, ['recovery'], null, newDataKey);
    this.pending = { kind: 'recovery-code', recoveryCode: outcome.recoveryCode! };
    return { ...outcome, recoveryCode: outcome.recoveryCode! };
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
    this.session.close();
  }

  private async changeKeys(
    proof: UnlockSecret,
    kinds: SlotKind[],
    passphrase: string | null,
    newDataKey: boolean,
  ): Promise<KeyChangeOutcome> {
    // A copy, taken now: locking while this waits or derives keys wipes the session's own buffer. KeySlots wipes this one.
    const { recoveryCode, applied } = await this.slots.change(
      this.session.dataKeyCopy(),
      { proof, kinds, passphrase, newDataKey },
      (plan) => (plan.newKey ? this.swapInNewKey(plan) : this.writeRewrapped(plan)),
    );
    return { ...(recoveryCode === undefined ? {} : { recoveryCode }), dataKey: newDataKey ? 'replaced' : 'kept', backups: applied };
  }

  /** Same data key, new slots: vault.json, then each automatic backup's copy of it, so a retired secret opens none of them. */
  private async writeRewrapped({ signed, checkedKey }: PlannedKeyFile): Promise<BackupOutcome> {
    await writeKeyFile(this.keyFilePath, signed);
    return rewrapAutomaticBackups(this.options.dataDir, checkedKey, keyFileText(signed));
  }

  /**
   * Synchronous from closing the journal to reopening it under the new key (rekeyJournal.ts), so no request can write in between.
   * The session is closed for the swap and reopened under whichever key the files carry afterwards.
   */
  private swapInNewKey({ signed, checkedKey, newKey }: PlannedKeyFile): BackupOutcome {
    const current = this.session.isOpen ? this.session.dataKeyCopy() : null;
    const unchanged = current !== null && timingSafeEqual(current, checkedKey);
    current?.fill(0);
    // Locked (or locked and unlocked again) while the new slots were derived: nothing was written, and the change needs this journal open.
    if (!unchanged || !newKey)
      throw new AppError('LOCKED', 'Your journal locked before its new key was in place, so nothing was changed. Unlock it and try again.');
    const { db, dataKey: oldKey } = this.session.release()!;
    let outcome: BackupOutcome;
    try {
      outcome = stageRekey({
        db,
        oldKey,
        newKey,
        keyFileText: keyFileText(signed),
        databasePath: this.databasePath,
        keyFilePath: this.keyFilePath,
        nativeBinding: this.options.nativeBinding,
      });
    } catch (error) {
      // Committed or not, the journal reopens under whichever key its files now carry.
      if (finishRekey(this)) {
        oldKey.fill(0);
        this.session.open(Buffer.from(newKey));
      } else this.session.open(oldKey);
      throw error;
    }
    oldKey.fill(0);
    finishRekey(this);
    this.session.open(Buffer.from(newKey));
    return outcome;
  }
}
