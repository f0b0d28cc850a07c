// vault.json's key slots: the first ones at create, a passphrase or recovery code turned into the data key under the
// wrong-attempt limit (counts kept in attempts.json beside it), and planning the new key file when a secret changes. Knows nothing of the database.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError, toAppError } from '../errors/AppError';
import { AttemptLedger, keyFileTarget, LEDGER_FILE_NAME } from './attemptLedger';
import { AttemptThrottle, wrongSecretError, type ThrottledResult } from './attemptThrottle';
import { defaultKdfCost, type KdfParams } from './kdf';
import {
  KEY_FILE_FORMAT,
  KEY_FILE_VERSION,
  makeSlot,
  readKeyFile,
  signKeyFile,
  writeKeyFile,
  type KeyFile,
  type UnsignedKeyFile,
} from './keyFile';
import { previousKeyFilePath } from './keyFileCopies';
import { generateRecoveryCode, normalizeRecoveryCode } from './recoveryCode';
import { plannedSlots, type SlotChange } from './slotPlan';
import { unwrapWithSecret, type UnlockSecret } from './unwrapWithSecret';

export type { UnlockSecret } from './unwrapWithSecret';

export interface KeySlotsOptions {
  /** Argon2id cost for new slots; tests pass a cheaper one. Unwrapping always uses each slot's stored cost. */
  kdfCost?: Omit<KdfParams, 'name' | 'salt'>;
  /** Clock for the wrong-attempt delay; tests inject one. */
  now?: () => Date;
}

/** A checked change, ready to be put in place: the signed key file, and the new data key when there is one (owned by KeySlots). */
export interface PlannedKeyFile {
  signed: KeyFile;
  /** The open journal's key the proof was checked against. */
  checkedKey: Buffer;
  newKey: Buffer | null;
}

export class KeySlots {
  private readonly attempts: AttemptThrottle;
  private readonly ledger: AttemptLedger;
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    readonly keyFilePath: string,
    private readonly options: KeySlotsOptions = {},
  ) {
    this.ledger = new AttemptLedger(path.join(path.dirname(keyFilePath), LEDGER_FILE_NAME), () => this.exists());
    this.attempts = new AttemptThrottle(this.ledger, () => (options.now?.() ?? new Date()).getTime());
  }

  private get cost() {
    return this.options.kdfCost ?? defaultKdfCost;
  }

  /** The key file or its previous copy is there (keyFileCopies.ts reads either). */
  exists(): boolean {
    return existsSync(this.keyFilePath) || existsSync(previousKeyFilePath(this.keyFilePath));
  }

  /**
   * A backup's key slots opened under the same wrong-attempt limit as unlocking (an automatic backup holds the journal's own
   * slots). A success here never clears a count: only unlocking the journal itself does.
   */
  unwrapGuarded(keyFile: KeyFile, secret: UnlockSecret): Promise<ThrottledResult> {
    return this.attempts.run(keyFileTarget(keyFile), () => unwrapWithSecret(keyFile, secret), { clearOnSuccess: false });
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

  /** Writes a new journal's first key file; whatever the ledger held was about some earlier journal in this folder. */
  async writeFirst(keyFile: KeyFile): Promise<void> {
    await writeKeyFile(this.keyFilePath, keyFile);
    this.ledger.startFresh();
  }

  /** The data key the secret opens (the caller owns and zeroes it). */
  async unwrap(secret: UnlockSecret): Promise<Buffer> {
    return this.verifiedDataKey(await readKeyFile(this.keyFilePath), secret);
  }

  /**
   * Plans the new slots for `change` (a new data key when it asks) after its proof opens this very key file, then hands the
   * plan to `apply`, which puts it in place. One change at a time, so two changes cannot both read the old file and one
   * silently undo the other. Takes ownership of `dataKey` (a copy of the open journal's key) and wipes it, and the new key after `apply`.
   */
  change<T>(
    dataKey: Buffer,
    change: SlotChange,
    apply: (plan: PlannedKeyFile) => Promise<T> | T,
  ): Promise<{ recoveryCode?: string; applied: T }> {
    const turn = this.writes.then(() => this.plan(dataKey, change, apply));
    this.writes = turn.catch(() => undefined);
    return turn;
  }

  private async plan<T>(
    dataKey: Buffer,
    change: SlotChange,
    apply: (plan: PlannedKeyFile) => Promise<T> | T,
  ): Promise<{ recoveryCode?: string; applied: T }> {
    const newKey = change.newDataKey ? randomBytes(32) : null;
    try {
      const keyFile = await readKeyFile(this.keyFilePath);
      const proven = await this.verifiedDataKey(keyFile, change.proof);
      const sameJournal = timingSafeEqual(proven, dataKey);
      proven.fill(0);
      // The secret must open this very journal, not some other key file swapped in while it was unlocked.
      if (!sameJournal) throw new AppError('VAULT_TAMPERED');
      const { slots, recoveryCode } = await plannedSlots(change, newKey ?? dataKey, keyFile.slots, this.cost);
      const { mac: _mac, checksum: _checksum, ...unsigned } = keyFile;
      const signed = signKeyFile({ ...unsigned, slots }, newKey ?? dataKey);
      const applied = await apply({ signed, checkedKey: dataKey, newKey });
      return { ...(recoveryCode === undefined ? {} : { recoveryCode }), applied };
    } catch (error) {
      throw toAppError(error);
    } finally {
      dataKey.fill(0);
      newKey?.fill(0);
    }
  }

  /** The data key the secret opens, counted by the wrong-attempt throttle (a success clears its count) and checked against the key file's MAC. */
  private async verifiedDataKey(keyFile: KeyFile, secret: UnlockSecret): Promise<Buffer> {
    const result = await this.attempts.run(keyFileTarget(keyFile), () => unwrapWithSecret(keyFile, secret), { clearOnSuccess: true });
    if (result.status === 'tampered') throw new AppError('VAULT_TAMPERED');
    if (result.status === 'wrong') throw wrongSecretError(result);
    return result.dataKey;
  }
}
