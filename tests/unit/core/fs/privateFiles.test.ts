import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { call, makeTempDir, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';

const PASSPHRASE = 'correct horse battery staple';

/** Every file and folder under dir (dir included) with its permission bits. */
function modes(dir: string): Array<[string, string]> {
  const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => path.join(dir, name));
  return [dir, ...entries].map((file) => [path.relative(dir, file) || '.', (statSync(file).mode & 0o777).toString(8)]);
}

describe('nothing in the data folder is readable by other users', () => {
  let dir: string;
  let cleanup: () => void;
  let journal: Journal;
  let oldUmask: number;
  beforeEach(() => {
    // The usual desktop umask: without explicit modes SQLite's files would come out 0644.
    oldUmask = process.umask(0o022);
    ({ dir, cleanup } = makeTempDir());
    journal = openTestJournal(path.join(dir, 'Afterword'));
  });
  afterEach(() => {
    journal.close();
    process.umask(oldUmask);
    cleanup();
  });

  it('journal.db, -wal, -shm, vault.json, the ledger, backups and their folders: files 0600, folders 0700', async () => {
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    await call(journal, 'entries.create', { title: 'private', doc: paragraphDoc('words') });
    await call(journal, 'vault.lock');
    await journal.dispatch('vault.unlock', { passphrase: 'a wrong guess' });
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    await call(journal, 'vault.rotateRecoveryCode', { passphrase: PASSPHRASE });
    await call(journal, 'entries.create', { title: 'after the new key', doc: paragraphDoc('words') });
    const data = path.join(dir, 'Afterword');
    const seen = modes(data);
    const names = seen.map(([name]) => name);
    // While unlocked: the WAL pair exists, and a backup was written by the unlock.
    expect(names).toEqual(
      expect.arrayContaining([
        'journal.db',
        'journal.db-wal',
        'journal.db-shm',
        'vault.json',
        'vault.json.prev',
        'attempts.json',
        'backups',
      ]),
    );
    expect(names.some((name) => name.startsWith('backups/auto-'))).toBe(true);
    const wrong = seen.filter(([name, mode]) => mode !== (statSync(path.join(data, name)).isDirectory() ? '700' : '600'));
    expect(wrong).toEqual([]);
  });
});
