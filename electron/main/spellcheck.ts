// Keeps spellchecking on the machine: macOS checks with the OS's own dictionaries; on Linux and Windows Electron would
// download Hunspell dictionaries from a CDN, so there it stays off (docs/SECURITY.md).
import type { Session } from 'electron';

export const spellcheckUsesOsDictionaries = (platform: NodeJS.Platform): boolean => platform === 'darwin';

/** Loopback's discard port: should anything still ask for a dictionary, the request never leaves the machine. */
export const UNREACHABLE_DICTIONARY_URL = 'http://127.0.0.1:9/';

export function keepSpellcheckLocal(
  session: Pick<Session, 'setSpellCheckerDictionaryDownloadURL' | 'setSpellCheckerEnabled'>,
  platform: NodeJS.Platform,
): void {
  session.setSpellCheckerDictionaryDownloadURL(UNREACHABLE_DICTIONARY_URL);
  session.setSpellCheckerEnabled(spellcheckUsesOsDictionaries(platform));
}
