// A new journal refuses fewer than 8 characters and a mismatched second typing, in words that say which.
import { describe, expect, it } from 'vitest';
import { newPassphraseProblem, newPassphraseWording } from '../../../renderer/src/features/security/newPassphraseProblem';

const creating = { noun: 'passphrase', label: 'Passphrase', againLabel: 'Type it again' };

describe('newPassphraseProblem', () => {
  it('refuses fewer than 8 characters', () => {
    expect(newPassphraseProblem('seven77', 'seven77', creating)).toBe('Your passphrase needs at least 8 characters.');
    expect(newPassphraseProblem('eight888', 'eight888', creating)).toBeNull();
  });

  it('refuses two different typings, naming what was typed', () => {
    expect(newPassphraseProblem('a long passphrase', 'a long passphrasf', creating)).toBe('The two passphrases do not match. Type the same one in both fields.');
    expect(newPassphraseProblem('a long passphrase', 'other', newPassphraseWording)).toBe('The two new passphrases do not match. Type the same one in both fields.');
  });
});
