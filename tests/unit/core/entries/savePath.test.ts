import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { EntriesRepository } from '../../../../electron/core/entries/entriesRepository';
import { Vault } from '../../../../electron/core/vault/vault';
import { call, CHEAP_KDF, makeTempDir, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';

describe('the save path', () => {
  let dir: string;
  let cleanup: () => void;
  let journal: Journal;
  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    journal = openTestJournal(dir);
    await call(journal, 'vault.create', { passphrase: 'correct horse battery staple' });
  });
  afterEach(() => {
    journal.close();
    cleanup();
  });

  it('lets exactly one of two saves from the same version win; the other gets CONFLICT and changes nothing', async () => {
    const entry = await call(journal, 'entries.create', { title: 'shared', doc: paragraphDoc('start') });
    const [a, b] = await Promise.all([
      journal.dispatch('entries.update', { id: entry.id, baseVersion: entry.version, doc: paragraphDoc('from window A') }),
      journal.dispatch('entries.update', { id: entry.id, baseVersion: entry.version, doc: paragraphDoc('from window B') }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = (a.ok ? b : a) as { ok: false; error: { code: string; details?: unknown } };
    expect(loser.error).toMatchObject({ code: 'CONFLICT', details: { currentVersion: entry.version + 1 } });
    const winner = a.ok ? a.value : (b as { ok: true; value: unknown }).value;
    expect(await call(journal, 'entries.get', { id: entry.id })).toEqual(winner);
  });

  it('bumps the version by exactly one per save, and a stale save after several newer ones is still refused', async () => {
    let entry = await call(journal, 'entries.create', {});
    const stale = entry.version;
    for (let i = 1; i <= 3; i++) {
      entry = await call(journal, 'entries.update', { id: entry.id, baseVersion: entry.version, doc: paragraphDoc(`v${i}`) });
      expect(entry.version).toBe(stale + i);
    }
    expect(await journal.dispatch('entries.update', { id: entry.id, baseVersion: stale, doc: paragraphDoc('old tab') })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await call(journal, 'entries.get', { id: entry.id })).toEqual(entry);
  });
});

/** A journal's database and repository straight from the vault (no dispatcher), locked and removed when the test ends. */
async function openRepository() {
  const { dir, cleanup } = makeTempDir();
  const vault = new Vault({ dataDir: dir, kdfCost: CHEAP_KDF });
  onTestFinished(() => {
    vault.lock();
    cleanup();
  });
  await vault.create('correct horse battery staple');
  const db = vault.database();
  return { db, repo: new EntriesRepository(db) };
}

describe('one transaction per save', () => {
  it('rolls back the row and its search index together when a save fails halfway', async () => {
    const { db, repo } = await openRepository();
    const entry = repo.create({ entryDate: '2026-11-26', title: 'kept', doc: paragraphDoc('original words') });
    // Fails after the row and the FTS triggers have run, as a full disk or a crash inside the statement would.
    db.exec(
      "CREATE TEMP TRIGGER fail_late AFTER UPDATE ON entries WHEN new.title = 'boom' BEGIN SELECT RAISE(ABORT, 'failed halfway'); END",
    );
    expect(() => repo.update(entry.id, { title: 'boom', doc: paragraphDoc('replacement words') }, entry.version)).toThrow('failed halfway');
    expect(repo.get(entry.id)).toEqual(entry);
    const search = (word: string) =>
      (db.prepare('SELECT count(*) AS n FROM entries_fts WHERE entries_fts MATCH ?').get(word) as { n: number }).n;
    expect(search('replacement')).toBe(0);
    expect(search('original')).toBe(1);
  });
});

describe('what a save writes', () => {
  it('names only the columns it changes, so a save of the words leaves the date and mood indexes and their triggers alone', async () => {
    const { db, repo } = await openRepository();
    const entry = repo.create({ entryDate: '2026-11-26', title: 'kept', doc: paragraphDoc('first words'), mood: 3 });
    // An UPDATE OF trigger fires exactly when its column is named in SET: it records which ones each save named.
    db.exec('CREATE TEMP TABLE named (column TEXT)');
    for (const column of ['title', 'doc', 'entry_date', 'mood', 'mood_before']) {
      db.exec(`CREATE TEMP TRIGGER named_${column} AFTER UPDATE OF ${column} ON entries BEGIN INSERT INTO named VALUES ('${column}'); END`);
    }
    const named = () => (db.prepare('DELETE FROM named RETURNING column').pluck().all() as string[]).sort();

    const saved = repo.update(entry.id, { doc: paragraphDoc('second words') }, entry.version);
    expect(named()).toEqual(['doc']);
    expect(saved).toMatchObject({ title: 'kept', entryDate: '2026-11-26', mood: 3, preview: 'second words', wordCount: 2 });

    const moved = repo.update(entry.id, { entryDate: '2026-11-20', mood: null }, saved.version);
    expect(named()).toEqual(['entry_date', 'mood']);
    expect(moved).toMatchObject({ title: 'kept', entryDate: '2026-11-20', mood: null, preview: 'second words' });
  });
});
