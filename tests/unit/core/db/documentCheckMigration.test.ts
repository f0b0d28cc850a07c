// Migration 0003 on a journal written before documents were checked: bad attributes stripped, hostile documents quarantined
// as plain words, every original kept, and not one word of the writer's lost.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docSchema } from '../../../../electron/contract';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate';
import { migrations } from '../../../../electron/core/db/migrations';
import { openEncryptedDatabase, type Db } from '../../../../electron/core/db/openDatabase';
import { makeTempDir } from '../../helpers/tempJournal';
import { para } from '../../helpers/sampleEntries';

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const STORED: Record<string, unknown> = {
  clean: { type: 'doc', content: [para('nothing wrong here')] },
  // Repairable: only attributes are wrong, and none of them holds words.
  badAttrs: {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        attrs: { onclick: 'alert(1)' },
        content: [text('click '), text('here', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])],
      },
      { type: 'codeBlock', attrs: { language: 'js\n<script>' }, content: [text('let x = 1;')] },
      { type: 'image', attrs: { src: 'http://127.0.0.1:9/x.png', alt: 'the sea at Brighton' } },
      { type: 'heading', attrs: { level: 9 }, content: [text('Plan')] },
    ],
  },
  // Not repairable without losing words: the question is an element spec, and a node type nobody knows.
  hostile: {
    type: 'doc',
    content: [
      { type: 'prompt', attrs: { text: ['img', { src: 'x', onerror: 'steal()' }], hint: 'a hint' } },
      para('my answer stays'),
      { type: 'callout', content: [para('inside an unknown node')] },
    ],
  },
  notJson: '<<not a document>> but still words',
};

describe('migration 0003: stored documents checked', () => {
  let db: Db;
  let cleanup: () => void;
  beforeEach(() => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    db = openEncryptedDatabase(path.join(temp.dir, 'journal.db'), randomBytes(32));
    migrate(
      db,
      migrations.filter((step) => step.version <= 2),
    );
    const insert = db.prepare(
      `INSERT INTO entries (id, entry_date, created_at, updated_at, doc, text) VALUES (?, '2026-03-03', 'x', 'x', ?, 'old')`,
    );
    for (const [id, doc] of Object.entries(STORED)) insert.run(id, typeof doc === 'string' ? doc : JSON.stringify(doc));
    db.prepare(`INSERT INTO templates (id, name, kind, doc, created_at, updated_at) VALUES ('t1', 'Evil', 'custom', ?, 'x', 'x')`).run(
      JSON.stringify(STORED.hostile),
    );
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  const docOf = (id: string, table = 'entries') =>
    JSON.parse((db.prepare(`SELECT doc FROM ${table} WHERE id = ?`).get(id) as { doc: string }).doc);
  const allText = (value: unknown): string => JSON.stringify(value);

  it('leaves valid documents alone, repairs or quarantines the rest, and every document then passes the schema', () => {
    migrate(db);
    expect(schemaVersion(db)).toBe(migrations[migrations.length - 1]!.version);
    expect(docOf('clean')).toEqual(STORED.clean);
    for (const id of Object.keys(STORED)) expect(docSchema.safeParse(docOf(id)).success, id).toBe(true);
    expect(docSchema.safeParse(docOf('t1', 'templates')).success).toBe(true);
    const log = db.prepare('SELECT kind, item_id AS id, outcome FROM document_repairs ORDER BY seq').all();
    expect(log).toEqual([
      { kind: 'entry', id: 'badAttrs', outcome: 'repaired' },
      { kind: 'entry', id: 'hostile', outcome: 'quarantined' },
      { kind: 'entry', id: 'notJson', outcome: 'quarantined' },
      { kind: 'template', id: 't1', outcome: 'quarantined' },
    ]);
  });

  it('strips what is unsafe from a repairable document and keeps its words, its caption included', () => {
    migrate(db);
    const doc = docOf('badAttrs');
    expect(doc.content[0]).toEqual({ type: 'paragraph', content: [text('click '), text('here')] });
    expect(doc.content[1]).toEqual({ type: 'codeBlock', content: [text('let x = 1;')] });
    expect(doc.content[2]).toEqual(para('the sea at Brighton'));
    expect(doc.content[3]).toEqual({ type: 'heading', content: [text('Plan')] });
    expect(allText(doc)).not.toMatch(/javascript|127\.0\.0\.1|onclick|script/);
  });

  it('quarantines a hostile document as plain paragraphs holding every word, and keeps the original beside it', () => {
    migrate(db);
    const doc = docOf('hostile');
    expect(doc.content.every((block: { type: string }) => block.type === 'paragraph')).toBe(true);
    for (const words of ['steal()', 'a hint', 'my answer stays', 'inside an unknown node']) expect(allText(doc)).toContain(words);
    expect(allText(docOf('notJson'))).toContain('<<not a document>> but still words');
    const original = db.prepare(`SELECT original FROM document_repairs WHERE item_id = 'hostile'`).get() as { original: string };
    expect(JSON.parse(original.original)).toEqual(STORED.hostile);
    const row = db.prepare(`SELECT text, word_count AS words FROM entries WHERE id = 'hostile'`).get() as { text: string; words: number };
    expect(row.text).toContain('my answer stays');
    expect(row.words).toBeGreaterThan(3);
  });
});
