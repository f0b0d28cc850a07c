// A new journal refuses fewer than 8 characters and a mismatched second typing, in words that say which.
import { describe, expect, it } from 'vitest';
import { newPassphraseProblem, newPassphraseWording } from '../../../renderer/src/features/security/newPassphraseProblem';

const creating = { noun: 'passphrase', label: 'Passphrase', againLabel: 'Type it again' };

describe('newPassphraseProblem', () => {
  it('refuses fewer than 8 characters', () => {
    expect(newPassphraseProblem('seven77', 'seven77', creating)).toBe('Your passphrase needs at least 8 characters.');
    expect(newPassphraseProblem('Tq9#vLp2', 'Tq9#vLp2', creating)).toBeNull();
  });

  it('refuses the weakest passphrases (zxcvbn score 0–1) with a plain reason, and lets a fair one through', () => {
    expect(newPassphraseProblem('password', 'password', creating)).toBe(
      'Your passphrase would be too easy to guess. This is a heavily used password. Add a few unrelated words.',
    );
    expect(newPassphraseProblem('summer2024', 'summer2024', creating)).toMatch(/^Your passphrase would be too easy to guess\./);
    expect(newPassphraseProblem('Tq9#vLp2', 'Tq9#vLp2', creating)).toBeNull();
  });

  it('refuses two different typings, naming what was typed', () => {
    expect(newPassphraseProblem('a long passphrase', 'a long passphrasf', creating)).toBe(
      'The two passphrases do not match. Type the same one in both fields.',
    );
    expect(newPassphraseProblem('a long passphrase', 'other', newPassphraseWording)).toBe(
      'The two new passphrases do not match. Type the same one in both fields.',
    );
  });
});
