import { describe, expect, it } from 'vitest';
import { keepSpellcheckLocal, UNREACHABLE_DICTIONARY_URL } from '../../../electron/main/spellcheck';

function fakeSession() {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    setSpellCheckerDictionaryDownloadURL: (url: string) => calls.push(['url', url]),
    setSpellCheckerEnabled: (enabled: boolean) => calls.push(['enabled', enabled]),
  };
}

describe('keepSpellcheckLocal', () => {
  it.each([
    ['linux', false],
    ['win32', false],
    ['darwin', true],
  ] as const)('on %s points dictionary downloads at loopback and enables the spellchecker: %s', (platform, enabled) => {
    const session = fakeSession();
    keepSpellcheckLocal(session, platform);
    expect(session.calls).toEqual([
      ['url', UNREACHABLE_DICTIONARY_URL],
      ['enabled', enabled],
    ]);
  });

  it('uses a loopback address, so no dictionary request can leave the machine', () => {
    expect(new URL(UNREACHABLE_DICTIONARY_URL).hostname).toBe('127.0.0.1');
  });
});
