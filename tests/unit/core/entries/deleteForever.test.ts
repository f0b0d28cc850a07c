import { describe, expect, it } from 'vitest';
import { EntriesRepository } from '../../../../electron/core/entries/entriesRepository';
import { Vault } from '../../../../electron/core/vault/vault';
import type { Journal } from '../../../../electron/core/journal';
import { call, CHEAP_KDF, makeTempDir, paragraphDoc, withCreatedJournal } from '../../helpers/tempJournal';

describe('deleting forever from the Trash', () => {
  let journal: Journal;
  withCreatedJournal((created) => (journal = created));

  it('refuses to delete forever an entry that is not in the Trash, and keeps it', async () => {
    const entry = await call(journal, 'entries.create', { title: 'Still mine', doc: paragraphDoc('kept') });
    const answer = await journal.dispatch('entries.deleteForever', { id: entry.id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Trash first/) } });
    expect((await call(journal, 'entries.get', { id: entry.id })).title).toBe('Still mine');
  });

  it('deletes a trashed entry forever, leaving the rest of the Trash alone', async () => {
    const gone = await call(journal, 'entries.create', { title: 'Gone', doc: paragraphDoc('x') });
    const other = await call(journal, 'entries.create', { title: 'Other', doc: paragraphDoc('y') });
    await call(journal, 'entries.trash', { id: gone.id });
    await call(journal, 'entries.trash', { id: other.id });
    expect(await call(journal, 'entries.deleteForever', { id: gone.id })).toEqual({});
    expect((await call(journal, 'entries.listTrash')).items.map((e: { id: string }) => e.id)).toEqual([other.id]);
    expect(await journal.dispatch('entries.restore', { id: gone.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await journal.dispatch('entries.deleteForever', { id: gone.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('empties the Trash, answers how many, and keeps entries outside it', async () => {
    const kept = await call(journal, 'entries.create', { title: 'Kept' });
    for (const title of ['a', 'b', 'c'])
      await call(journal, 'entries.trash', { id: (await call(journal, 'entries.create', { title })).id });
    expect(await call(journal, 'entries.emptyTrash', {})).toEqual({ deleted: 3 });
    expect((await call(journal, 'entries.listTrash')).items).toEqual([]);
    expect((await call(journal, 'entries.list')).items.map((e: { id: string }) => e.id)).toEqual([kept.id]);
    expect(await call(journal, 'entries.emptyTrash')).toEqual({ deleted: 0 });
  });
});

describe('an entry deleted forever', () => {
  it('leaves no search rows, no tags and zeroed pages (secure_delete) in the live journal', async () => {
    const { dir, cleanup } = makeTempDir();
    const vault = new Vault({ dataDir: dir, kdfCost: CHEAP_KDF });
    try {
      await vault.create('a good long passphrase');
      const db = vault.database();
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      const repo = new EntriesRepository(db);
      const entry = repo.create({ entryDate: '2026-11-01', title: 'Harbour', doc: paragraphDoc('unsendable letter') });
      const seq = (db.prepare('SELECT seq FROM entries WHERE id = ?').get(entry.id) as { seq: number }).seq;
      db.prepare(`INSERT INTO tags (name) VALUES ('private')`).run();
      db.prepare(`INSERT INTO entry_tags (entry_seq, tag_id) SELECT ?, id FROM tags`).run(seq);
      repo.trash(entry.id);
      repo.deleteForever(entry.id);
      const count = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;
      expect(count('SELECT count(*) AS n FROM entries')).toBe(0);
      expect(count(`SELECT count(*) AS n FROM entries_fts WHERE entries_fts MATCH 'unsendable'`)).toBe(0);
      expect(count('SELECT count(*) AS n FROM entry_tags')).toBe(0);
    } finally {
      vault.lock();
      cleanup();
    }
  });
});
