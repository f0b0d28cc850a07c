// While a reader holds the checkpoint back, journal.db alone lacks the newest saves: the mark says so, and a journal whose -wal
// went missing then is refused instead of opening quietly short.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { applyJournalSettings, type Db } from '../../../../electron/core/db/openDatabase';
import { clearWalNeeded, refuseIfWalMissing, settleWal, walNeededPath } from '../../../../electron/core/db/walNeeded';
import { makeTempDir } from '../../helpers/tempJournal';

const temps: { cleanup: () => void }[] = [];
afterEach(() => temps.splice(0).forEach((temp) => temp.cleanup()));

function journalIn(dir: string): { file: string; writer: Db; reader: Db } {
  const file = path.join(dir, 'journal.db');
  const writer = new Database(file);
  applyJournalSettings(writer);
  writer.exec('CREATE TABLE saves (text TEXT NOT NULL)');
  const reader = new Database(file);
  applyJournalSettings(reader);
  return { file, writer, reader };
}

const save = (db: Db, text: string) => db.prepare('INSERT INTO saves (text) VALUES (?)').run(text);

describe('the mark that journal.db needs its -wal', () => {
  it('is made while a reader holds the checkpoint back, and goes once journal.db holds every save', () => {
    const temp = makeTempDir('afterword-wal-mark-');
    temps.push(temp);
    const { file, writer, reader } = journalIn(temp.dir);
    save(writer, 'before the reader');
    settleWal(writer, file);
    expect(existsSync(walNeededPath(file))).toBe(false);

    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM saves').get();
    save(writer, 'while the integrity check reads');
    settleWal(writer, file);
    expect(existsSync(walNeededPath(file))).toBe(true);

    reader.exec('COMMIT');
    save(writer, 'after the reader');
    settleWal(writer, file);
    expect(existsSync(walNeededPath(file))).toBe(false);
    reader.close();
    writer.close();
  });

  it('refuses a copy whose -wal was deleted while it held saves, leaving journal.db as it was; with its -wal it opens', () => {
    const temp = makeTempDir('afterword-wal-mark-');
    temps.push(temp);
    const { file, writer, reader } = journalIn(temp.dir);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM saves').get();
    save(writer, 'only in the -wal');
    settleWal(writer, file);

    // What a cleaner or a sync tool leaves right after a crash: journal.db and the mark, no -wal or -shm.
    const copy = makeTempDir('afterword-wal-mark-copy-');
    temps.push(copy);
    cpSync(temp.dir, copy.dir, { recursive: true, filter: (src) => !/journal\.db-(wal|shm)$/.test(src) });
    const copied = path.join(copy.dir, 'journal.db');
    const before = readFileSync(copied);
    expect(() => refuseIfWalMissing(copied)).toThrow(expect.objectContaining({ code: 'VAULT_CORRUPT' }));
    expect(readFileSync(copied).equals(before)).toBe(true);
    expect(() => refuseIfWalMissing(file)).not.toThrow();

    reader.exec('COMMIT');
    reader.close();
    writer.close();
    // A clean close folds the -wal into journal.db and deletes it: nothing is left for the mark to guard.
    clearWalNeeded(file);
    expect(existsSync(walNeededPath(file))).toBe(false);
    const reopened = new Database(file);
    expect(reopened.prepare('SELECT text FROM saves').pluck().all()).toEqual(['only in the -wal']);
    reopened.close();
  });
});
