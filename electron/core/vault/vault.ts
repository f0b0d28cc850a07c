// The vault: creates the journal, unlocks it by passphrase or recovery code, holds the open database, and locks it.
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError, toAppError } from '../errors/AppError';
import { openEncryptedDatabase, type Db } from '../db/openDatabase';
import { defaultKdfCost, type KdfParams } from './kdf';
import { KEY_FILE_FORMAT, KEY_FILE_VERSION, keyFileMacValid, makeSlot, openSlot, readKeyFile, signKeyFile, writeKeyFile, type KeyFile, type SlotKind } from './keyFile';
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
}

export type UnlockSecret = { passphrase: string } | { recoveryCode: string };

export class Vault {
  private db: Db | null = null;
  private dataKey: Buffer | null = null;

  /** `afterMigrate` runs on every open, after migrations, in the same guarded step (e.g. syncing built-in templates). */
  constructor(
    private readonly options: VaultOptions,
    private readonly afterMigrate: (db: Db) => void = () => {},
  ) {}

  get keyFilePath(): string {
    return path.join(this.options.dataDir, KEY_FILE_NAME);
  }

  get databasePath(): string {
    return path.join(this.options.dataDir, DATABASE_FILE_NAME);
  }

  get nativeBinding(): string | undefined {
    return this.options.nativeBinding;
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
    const keyFile = await readKeyFile(this.keyFilePath);
    const dataKey = await this.unwrapDataKey(keyFile, secret);
    if (!keyFileMacValid(keyFile, dataKey)) {
      dataKey.fill(0);
      throw new AppError('VAULT_TAMPERED');
    }
    this.openWith(dataKey);
    await writeDailyBackupQuietly(this.database(), this.keyFilePath);
  }

  lock(): void {
    this.db?.close();
    this.db = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
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
