// Which key slots a passphrase or recovery-code change writes: the rewrap keeps untouched slots; a new data key remakes them all.
import { generateRecoveryCode, normalizeRecoveryCode } from './recoveryCode';
import { makeSlot, type KeySlot, type SlotKind } from './keyFile';
import type { KdfParams } from './kdf';
import type { UnlockSecret } from './unwrapWithSecret';

export interface SlotChange {
  /** The secret that authorised the change (already verified). */
  proof: UnlockSecret;
  /** The kinds the writer asked to replace. */
  kinds: SlotKind[];
  /** The new passphrase, when the passphrase changes. */
  passphrase: string | null;
  newDataKey: boolean;
}

/**
 * A new data key cannot be wrapped under a secret Afterword does not hold: the passphrase slot is remade from the new or the
 * proving passphrase, the recovery slot from the proving code when that authorised the change, otherwise from a new code.
 */
export async function plannedSlots(
  change: SlotChange,
  key: Buffer,
  existing: KeySlot[],
  cost: Omit<KdfParams, 'name' | 'salt'>,
): Promise<{ slots: KeySlot[]; recoveryCode?: string }> {
  const { proof, kinds, newDataKey } = change;
  const passphrase = change.passphrase ?? (newDataKey && 'passphrase' in proof ? proof.passphrase : null);
  const recoveryCode = kinds.includes('recovery') || (newDataKey && !('recoveryCode' in proof)) ? generateRecoveryCode() : undefined;
  const recoverySecret = recoveryCode ?? (newDataKey && 'recoveryCode' in proof ? proof.recoveryCode : null);
  const fresh = await Promise.all([
    ...(passphrase !== null ? [makeSlot('passphrase', passphrase, key, cost)] : []),
    ...(recoverySecret !== null ? [makeSlot('recovery', normalizeRecoveryCode(recoverySecret), key, cost)] : []),
  ]);
  const kept = newDataKey ? [] : existing.filter((slot) => !kinds.includes(slot.kind));
  return { slots: [...fresh, ...kept].sort(bySlotKind), recoveryCode };
}

/** Passphrase slots first, then recovery: the order vault.create writes, so files stay alike. */
const bySlotKind = (a: KeySlot, b: KeySlot) => (a.kind === b.kind ? 0 : a.kind === 'passphrase' ? -1 : 1);
