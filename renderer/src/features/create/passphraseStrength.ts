// A plain-language read of how guessable a passphrase is. A rough estimate, meant to guide, never to block beyond the minimum.
export const MIN_PASSPHRASE_LENGTH = 8;

export type StrengthLevel = 'empty' | 'too-short' | 'weak' | 'fair' | 'strong' | 'very-strong';

export interface Strength {
  level: StrengthLevel;
  /** 0–4, for the meter. */
  score: number;
  hint: string;
}

const COMMON = ['password', 'passwort', 'qwerty', 'azerty', '123456', '12345678', 'iloveyou', 'letmein', 'welcome', 'abc123', 'admin', 'monkey', 'dragon', 'sunshine', 'princess', 'football'];

/** Bits of guessing work, from the character pools used, discounting repeats, sequences and common words. */
function estimateBits(passphrase: string): number {
  const pools: Array<[RegExp, number]> = [[/[a-z]/, 26], [/[A-Z]/, 26], [/[0-9]/, 10], [/[^a-zA-Z0-9\s]/, 33], [/\s/, 1]];
  const pool = pools.reduce((size, [pattern, count]) => (pattern.test(passphrase) ? size + count : size), 0);
  const distinct = new Set(passphrase.toLowerCase()).size;
  // Repeated or sequential characters add little: count at most twice the distinct characters.
  const effectiveLength = Math.min(passphrase.length, distinct * 2);
  let bits = effectiveLength * Math.log2(Math.max(pool, 2));
  const lower = passphrase.toLowerCase();
  if (COMMON.some((word) => lower.includes(word))) bits -= 20;
  if (/^(.)\1+$/.test(passphrase) || /^(0123|1234|abcd)/i.test(passphrase)) bits = Math.min(bits, 10);
  return Math.max(bits, 0);
}

export function passphraseStrength(passphrase: string): Strength {
  if (passphrase.length === 0) return { level: 'empty', score: 0, hint: `Use at least ${MIN_PASSPHRASE_LENGTH} characters. A short sentence only you would think of works well.` };
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return { level: 'too-short', score: 0, hint: `Too short: ${MIN_PASSPHRASE_LENGTH - passphrase.length} more character${passphrase.length === MIN_PASSPHRASE_LENGTH - 1 ? '' : 's'} needed.` };
  }
  const bits = estimateBits(passphrase);
  if (bits < 40) return { level: 'weak', score: 1, hint: 'Easy to guess. Add a few unrelated words to make it much stronger.' };
  if (bits < 60) return { level: 'fair', score: 2, hint: 'Fair. One or two more words would make it hard to guess.' };
  if (bits < 80) return { level: 'strong', score: 3, hint: 'Strong. Make sure it is one you will remember.' };
  return { level: 'very-strong', score: 4, hint: 'Very strong. Make sure it is one you will remember.' };
}
