// Pure renderer helpers: reading Server-Sent Events in chunks, and the passphrase strength hint.
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../electron/contract';
import { parseSseChunk } from '../../../renderer/src/api/sseParser';
import { passphraseStrength } from '../../../renderer/src/features/create/passphraseStrength';

describe('parseSseChunk', () => {
  it('emits complete known events, keeps a partial one for the next chunk, and ignores junk', () => {
    const seen: AppEvent[] = [];
    const rest = parseSseChunk(
      ': connected\n\ndata: {"name":"vault.locked","reason":"idle"}\n\ndata: {"name":"nope"}\n\ndata: not json\n\ndata: {"name":"vault.wi',
      (e) => seen.push(e),
    );
    expect(seen).toEqual([{ name: 'vault.locked', reason: 'idle' }]);
    parseSseChunk(`${rest}llLock","reason":"quit"}\r\n\r\n`, (e) => seen.push(e));
    expect(seen[1]).toEqual({ name: 'vault.willLock', reason: 'quit' });
  });
});

describe('passphraseStrength', () => {
  it.each([
    ['', 'empty'],
    ['short', 'too-short'],
    ['password1', 'too-weak'],
    ['aaaaaaaaaaaa', 'too-weak'],
    ['Tq9#vLp2', 'fair'],
    ['the quiet harbour at dawn', 'very-strong'],
  ])('%j is %s', (passphrase, level) => {
    expect(passphraseStrength(passphrase).level).toBe(level);
  });
});
