// Whether a passphrase typed twice may be used: long enough, not too easy to guess, and the same both times. Pure, so it is unit-tested.
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../create/passphraseStrength';

/** How the pair is named: "passphrase" when creating a journal, "new passphrase" when replacing one. */
export interface PassphraseWording {
  noun: string;
  label: string;
  againLabel: string;
}

export const newPassphraseWording: PassphraseWording = {
  noun: 'new passphrase',
  label: 'New passphrase',
  againLabel: 'Type the new passphrase again',
};

export function newPassphraseProblem(passphrase: string, repeat: string, wording: PassphraseWording = newPassphraseWording): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return `Your ${wording.noun} needs at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  const strength = passphraseStrength(passphrase);
  if (strength.level === 'too-weak')
    return `Your ${wording.noun} would be too easy to guess. ${strength.hint.replace(/^Too easy to guess: /, '')}`;
  if (passphrase !== repeat) return `The two ${wording.noun}s do not match. Type the same one in both fields.`;
  return null;
}
