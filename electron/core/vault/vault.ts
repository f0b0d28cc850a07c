// The vault: creates the journal, unlocks it by passphrase or recovery code, and locks it. Key slots live in KeySlots,
// the open database in JournalSession; this file only puts them in order.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/openDatabase';
import { AppError, toAppError } from '../errors/AppError';
import { assertDatabasePresent, type MigrationHooks } from './journalSafety';
import { JournalSession } from './journalSession';
import { KeySlots, type KeySlotsOptions, type UnlockSecret } from './keySlots';
import { setAsideOrphanDatabase } from './orphanDatabase';

export type { UnlockSecret } from './keySlots';

export const KEY_FILE_NAME = 'vault.json';
export const DATABASE_FILE_NAME = 'journal.db';

export interface VaultOptions extends KeySlotsOptions {
  dataDir: string;
  nativeBinding?: string;
}

export class Vault {
  private readonly slots: KeySlots;
  private readonly session: JournalSession;

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

  /** Checks of a backup's passphrase or recovery code count against the same wrong-attempt limit as unlocking. */
  checkSecret<T>(check: () => Promise<T>): Promise<T> {
    return this.slots.checkSecret(check);
  }

  /** Whether the database is open: no file system access, so every request can ask. */
  isUnlocked(): boolean {
    return this.session.isOpen;
  }

  status(): { exists: boolean; unlocked: boolean } {
    const unlocked = this.session.isOpen;
    // An open journal has its key file; only a locked one needs to look.
    return { exists: unlocked || this.slots.exists(), unlocked };
  }

  /** The open database, or LOCKED. */
  database(): Db {
    return this.session.database();
  }

  /** A copy of the data key for a background job's own connection; the caller wipes it. */
  dataKeyCopy(): Buffer {
    return this.session.dataKeyCopy();
  }

  async create(passphrase: string): Promise<{ recoveryCode: string }> {
    if (this.status().exists) throw new AppError('ALREADY_EXISTS');
    await fs.mkdir(this.options.dataDir, { recursive: true, mode: 0o700 });
    await setAsideOrphanDatabase(this.databasePath);
    const dataKey = randomBytes(32);
    try {
      const { keyFile, recoveryCode } = await this.slots.createFor(dataKey, passphrase, DATABASE_FILE_NAME);
      // Database first: a key file always has its database, so a missing one later means damage (see journalSafety.ts).
      this.session.open(dataKey);
      await this.slots.write(keyFile).catch((error: unknown) => {
        this.lock();
        throw error;
      });
      return { recoveryCode };
    } catch (error) {
      dataKey.fill(0);
      throw toAppError(error);
    }
  }

  async unlock(secret: UnlockSecret): Promise<void> {
    if (this.session.isOpen) return;
    if (!this.slots.exists()) throw new AppError('NO_VAULT');
    assertDatabasePresent(this.databasePath);
    const dataKey = await this.slots.unwrap(secret);
    if (this.session.isOpen) {
      // Another unlock finished while this one derived its key.
      dataKey.fill(0);
      return;
    }
    this.session.open(dataKey);
  }

  /**
   * Replaces every passphrase slot with one for `next` (and, when asked, every recovery slot with a new code).
   * Only vault.json changes, atomically; the database file is never touched.
   */
  async changePassphrase(proof: UnlockSecret, next: string, rotateRecoveryCode: boolean): Promise<{ recoveryCode?: string }> {
    return this.slots.replace(this.session.dataKeyCopy(), proof, rotateRecoveryCode ? ['passphrase', 'recovery'] : ['passphrase'], next);
  }

  /** A new recovery code; the old one stops working at once. */
  async rotateRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }> {
    const { recoveryCode } = await this.slots.replace(this.session.dataKeyCopy(), { passphrase }, ['recovery'], null);
    return { recoveryCode: recoveryCode! };
  }

  lock(): void {
    this.session.close();
  }
}
