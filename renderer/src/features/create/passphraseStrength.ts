// How guessable a passphrase is, read by zxcvbn-ts (its common-password and English dictionaries are bundled, so it works offline).
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

export const MIN_PASSPHRASE_LENGTH = 8;

/** too-weak (zxcvbn score 0–1) is refused; fair (2) is allowed with a warning. */
export type StrengthLevel = 'empty' | 'too-short' | 'too-weak' | 'fair' | 'strong' | 'very-strong';

export interface Strength {
  level: StrengthLevel;
  /** 0–4, for the meter. */
  score: number;
  hint: string;
}

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

/** Words anyone would try first against this app's journal. */
const APP_WORDS = ['afterword', 'journal', 'breakup', 'diary'];

/** zxcvbn's own warning ("This is a commonly used password.") is the plainest reason there is; a fallback when it has none. */
function reason(warning: string | null): string {
  return warning ? warning.replace(/\.?$/, '.') : 'It follows a pattern that is quick to guess.';
}

export function passphraseStrength(passphrase: string): Strength {
  if (passphrase.length === 0)
    return {
      level: 'empty',
      score: 0,
      hint: `Use at least ${MIN_PASSPHRASE_LENGTH} characters. A short sentence only you would think of works well.`,
    };
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    const missing = MIN_PASSPHRASE_LENGTH - passphrase.length;
    return { level: 'too-short', score: 0, hint: `Too short: ${missing} more character${missing === 1 ? '' : 's'} needed.` };
  }
  const { score, feedback } = zxcvbn.check(passphrase, APP_WORDS);
  if (score <= 1) return { level: 'too-weak', score, hint: `Too easy to guess: ${reason(feedback.warning)} Add a few unrelated words.` };
  if (score === 2)
    return {
      level: 'fair',
      score,
      hint: 'Fair, but someone determined could guess it. One or two more unrelated words would make it much harder.',
    };
  if (score === 3) return { level: 'strong', score, hint: 'Strong. Make sure it is one you will remember.' };
  return { level: 'very-strong', score, hint: 'Very strong. Make sure it is one you will remember.' };
}
