// The one way a secret opens a key file: try its slots, verify the file's MAC; callers choose the words for each outcome.
import type { KeyFile, SlotKind } from './keyFile';
import { keyFileMacValid, openSlot } from './keyFile';
import { normalizeRecoveryCode } from './recoveryCode';

export type UnlockSecret = { passphrase: string } | { recoveryCode: string };

/** `wrong`: no slot of the secret's kind opened. `tampered`: a slot's wrap failed after its key check matched, or the file MAC did not. */
export type UnwrapResult = { status: 'ok'; dataKey: Buffer } | { status: 'wrong'; kind: SlotKind } | { status: 'tampered' };

export const secretKind = (secret: UnlockSecret): SlotKind => ('passphrase' in secret ? 'passphrase' : 'recovery');

/** The secret as its slots were made: a recovery code is normalised, a passphrase is taken as typed (NFC in the KDF). */
export const secretText = (secret: UnlockSecret): string =>
  'passphrase' in secret ? secret.passphrase : normalizeRecoveryCode(secret.recoveryCode);

/** Pure apart from Argon2id: reads nothing, writes nothing. An ok result's dataKey belongs to the caller, who zeroes it. */
export async function unwrapWithSecret(keyFile: KeyFile, secret: UnlockSecret): Promise<UnwrapResult> {
  const kind = secretKind(secret);
  const text = secretText(secret);
  let tampered = false;
  for (const slot of keyFile.slots.filter((s) => s.kind === kind)) {
    const result = await openSlot(slot, text);
    if (result.status === 'tampered') tampered = true;
    if (result.status !== 'ok') continue;
    if (keyFileMacValid(keyFile, result.dataKey)) return { status: 'ok', dataKey: result.dataKey };
    result.dataKey.fill(0);
    return { status: 'tampered' };
  }
  return tampered ? { status: 'tampered' } : { status: 'wrong', kind };
}
