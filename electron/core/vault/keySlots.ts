// vault.json's key slots: the first ones at create, a passphrase or recovery code turned into the data key (under the
// wrong-attempt limit), and rewrapping when a secret changes. Knows nothing of the database.
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { AppError, toAppError } from '../errors/AppError';
import { AttemptThrottle } from './attemptThrottle';
import { defaultKdfCost, type KdfParams } from './kdf';
import { KEY_FILE_FORMAT, KEY_FILE_VERSION, keyFileMacValid, makeSlot, openSlot, readKeyFile, signKeyFile, writeKeyFile, type KeyFile, type KeySlot, type SlotKind, type UnsignedKeyFile } from './keyFile';
import { previousKeyFilePath } from './keyFileCopies';
import { generateRecoveryCode, normalizeRecoveryCode } from './recoveryCode';

export type UnlockSecret = { passphrase: string } | { recoveryCode: string };

export interface KeySlotsOptions {
  /** Argon2id cost for new slots; tests pass a cheaper one. Unwrapping always uses each slot's stored cost. */
  kdfCost?: Omit<KdfParams, 'name' | 'salt'>;
  /** Clock for the wrong-attempt delay; tests inject one. */
  now?: () => Date;
}

export class KeySlots {
  private readonly attempts: AttemptThrottle;
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    readonly keyFilePath: string,
    private readonly options: KeySlotsOptions = {},
  ) {
    this.attempts = new AttemptThrottle(() => (options.now?.() ?? new Date()).getTime());
  }

  private get cost() {
    return this.options.kdfCost ?? defaultKdfCost;
  }

  /** The key file or its previous copy is there (keyFileCopies.ts reads either). */
  exists(): boolean {
    return existsSync(this.keyFilePath) || existsSync(previousKeyFilePath(this.keyFilePath));
  }

  /** Checks of a backup's passphrase or recovery code count against the same wrong-attempt limit as unlocking. */
  checkSecret<T>(check: () => Promise<T>): Promise<T> {
    return this.attempts.run(check);
  }

  /** A new key file with one passphrase slot and one recovery slot for `dataKey`; the caller writes it once its database exists. */
  async createFor(dataKey: Buffer, passphrase: string, databaseFile: string): Promise<{ keyFile: KeyFile; recoveryCode: string }> {
    const recoveryCode = generateRecoveryCode();
    const [passSlot, recoverySlot] = await Promise.all([
      makeSlot('passphrase', passphrase, dataKey, this.cost),
      makeSlot('recovery', normalizeRecoveryCode(recoveryCode), dataKey, this.cost),
    ]);
    const unsigned: UnsignedKeyFile = {
      format: KEY_FILE_FORMAT,
      version: KEY_FILE_VERSION,
      createdAt: new Date().toISOString(),
      database: { file: databaseFile, cipher: 'sqlcipher', legacy: 4 },
      slots: [passSlot, recoverySlot],
    };
    return { keyFile: signKeyFile(unsigned, dataKey), recoveryCode };
  }

  write(keyFile: KeyFile): Promise<void> {
    return writeKeyFile(this.keyFilePath, keyFile);
  }

  /** The data key the secret opens (the caller owns and zeroes it). */
  async unwrap(secret: UnlockSecret): Promise<Buffer> {
    return this.verifiedDataKey(await readKeyFile(this.keyFilePath), secret);
  }

  /**
   * Replaces the slots of `kinds` with fresh ones (a passphrase slot for `passphrase`, a recovery slot for a new code),
   * after `proof` opens this very key file. One rewrap at a time, so two changes cannot both read the old file and one
   * silently undo the other. Takes ownership of `dataKey` (a copy of the open journal's key) and wipes it.
   */
  replace(dataKey: Buffer, proof: UnlockSecret, kinds: SlotKind[], passphrase: string | null): Promise<{ recoveryCode?: string }> {
    const turn = this.writes.then(() => this.rewrap(dataKey, proof, kinds, passphrase));
    this.writes = turn.catch(() => undefined);
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
      const recoveryCode = kinds.includes('recovery') ? generateRecoveryCode() : undefined;
      const fresh: KeySlot[] = await Promise.all([
        ...(passphrase !== null ? [makeSlot('passphrase', passphrase, dataKey, this.cost)] : []),
        ...(recoveryCode !== undefined ? [makeSlot('recovery', normalizeRecoveryCode(recoveryCode), dataKey, this.cost)] : []),
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
    const dataKey = await this.attempts.run(() => unwrapDataKey(keyFile, secret));
    if (!keyFileMacValid(keyFile, dataKey)) {
      dataKey.fill(0);
      throw new AppError('VAULT_TAMPERED');
    }
    return dataKey;
  }
}

async function unwrapDataKey(keyFile: KeyFile, secret: UnlockSecret): Promise<Buffer> {
  const kind: SlotKind = 'passphrase' in secret ? 'passphrase' : 'recovery';
  const text = 'passphrase' in secret ? secret.passphrase : normalizeRecoveryCode(secret.recoveryCode);
  let tampered = false;
  for (const slot of keyFile.slots.filter((s) => s.kind === kind)) {
    const result = await openSlot(slot, text);
    if (result.status === 'ok') return result.dataKey;
    if (result.status === 'tampered') tampered = true;
  }
  if (tampered) throw new AppError('VAULT_TAMPERED');
  throw new AppError(kind === 'passphrase' ? 'WRONG_PASSPHRASE' : 'WRONG_RECOVERY_CODE');
}

/** Passphrase slots first, then recovery: the order create writes, so files stay alike. */
const bySlotKind = (a: KeySlot, b: KeySlot) => (a.kind === b.kind ? 0 : a.kind === 'passphrase' ? -1 : 1);
