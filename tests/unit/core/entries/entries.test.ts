import { describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { EntriesRepository } from '../../../../electron/core/entries/entriesRepository';
import { Vault } from '../../../../electron/core/vault/vault';
import { call, CHEAP_KDF, makeTempDir, paragraphDoc, withCreatedJournal } from '../../helpers/tempJournal';

describe('entries', () => {
  let journal: Journal;
  withCreatedJournal((created) => (journal = created), { now: () => new Date(2026, 10, 26, 21, 30) });

  it('creates an entry dated today with an empty document', async () => {
    const entry = await call(journal, 'entries.create');
    expect(entry).toMatchObject({ entryDate: '2026-11-26', title: '', preview: '', wordCount: 0, version: 1, deletedAt: null });
    expect(entry.doc.type).toBe('doc');
  });

  it('derives preview and word count from the document on every save', async () => {
    const entry = await call(journal, 'entries.create', {
      title: 'First night',
      doc: paragraphDoc('I could not sleep.', 'The flat felt too quiet.'),
    });
    expect(entry.preview).toBe('I could not sleep. The flat felt too quiet.');
    expect(entry.wordCount).toBe(9);
    const updated = await call(journal, 'entries.update', { id: entry.id, doc: paragraphDoc('Better today.'), baseVersion: entry.version });
    expect(updated).toMatchObject({ preview: 'Better today.', wordCount: 2, version: 2, title: 'First night' });
  });

  it('refuses a stale save with CONFLICT and keeps the newer text', async () => {
    const entry = await call(journal, 'entries.create', { doc: paragraphDoc('v1') });
    await call(journal, 'entries.update', { id: entry.id, doc: paragraphDoc('v2'), baseVersion: 1 });
    const stale = await journal.dispatch('entries.update', { id: entry.id, doc: paragraphDoc('stale'), baseVersion: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await call(journal, 'entries.get', { id: entry.id })).preview).toBe('v2');
  });

  it('lists newest first by entry date and pages without skipping or repeating', async () => {
    const dates = ['2026-01-05', '2026-03-01', '2025-12-31', '2026-03-01', '2026-02-14'];
    for (const [i, entryDate] of dates.entries()) await call(journal, 'entries.create', { entryDate, title: `e${i}` });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(journal, 'entries.list', { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item: { entryDate: string; title: string }) => `${item.entryDate}:${item.title}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['2026-03-01:e3', '2026-03-01:e1', '2026-02-14:e4', '2026-01-05:e0', '2025-12-31:e2']);
  });

  it('rejects a forged cursor with INVALID_INPUT', async () => {
    expect(await journal.dispatch('entries.list', { cursor: 'not-a-cursor' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('moves an entry to the Trash and restores it intact', async () => {
    const entry = await call(journal, 'entries.create', { title: 'Letter I will not send', doc: paragraphDoc('Dear you') });
    await call(journal, 'entries.trash', { id: entry.id });
    expect((await call(journal, 'entries.list')).items).toHaveLength(0);
    expect((await call(journal, 'entries.listTrash')).items.map((e: { id: string }) => e.id)).toEqual([entry.id]);
    expect(await journal.dispatch('entries.get', { id: entry.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const restored = await call(journal, 'entries.restore', { id: entry.id });
    expect(restored).toMatchObject({ title: 'Letter I will not send', preview: 'Dear you', deletedAt: null });
    expect((await call(journal, 'entries.listTrash')).items).toHaveLength(0);
    expect(await journal.dispatch('entries.restore', { id: entry.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(await journal.dispatch('entries.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await journal.dispatch('entries.update', { id, title: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the full-text index', () => {
  it('follows titles and text through insert, update and delete', async () => {
    const { dir, cleanup } = makeTempDir();
    const vault = new Vault({ dataDir: dir, kdfCost: CHEAP_KDF });
    try {
      await vault.create('a good long passphrase');
      const db = vault.database();
      const repo = new EntriesRepository(db);
      const match = (query: string) =>
        (db.prepare('SELECT count(*) AS n FROM entries_fts WHERE entries_fts MATCH ?').get(query) as { n: number }).n;
      const entry = repo.create({ entryDate: '2026-11-01', title: 'Harbour walk', doc: paragraphDoc('We argued about the keys.') });
      expect([match('harbour'), match('argued'), match('lighthouse')]).toEqual([1, 1, 0]);
      repo.update(entry.id, { doc: paragraphDoc('We laughed about the lighthouse.') });
      expect([match('harbour'), match('argued'), match('lighthouse')]).toEqual([1, 0, 1]);
      db.prepare('DELETE FROM entries WHERE id = ?').run(entry.id);
      expect([match('harbour'), match('lighthouse')]).toEqual([0, 0]);
      expect(db.prepare("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
    } finally {
      vault.lock();
      cleanup();
    }
  });
});
