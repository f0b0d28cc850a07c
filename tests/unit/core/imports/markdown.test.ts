// import.markdown: a real Obsidian vault, Afterword's own export round trip, and each rule (dates, titles, tags, syntax, BOM/CRLF).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../electron/contract';
import type { ImportedEntry } from '../../../../electron/core/imports/importTypes';
import { markdownEntry } from '../../../../electron/core/imports/markdownEntry';
import type { Journal } from '../../../../electron/core/journal';
import { call, makeTempDir, openTestJournal, withCreatedJournal } from '../../helpers/tempJournal';
import { answerJson, asFileBytes } from '../../helpers/sealedAnswer';
import { postMortemDoc } from '../../helpers/sampleEntries';

let journal: Journal;
withCreatedJournal((opened) => (journal = opened));

const MTIME = new Date('2023-05-06T10:20:30Z');

/** The fixture folder as a zip, the way a person zips a vault (every file dated MTIME). */
function zipFolder(root: string): Uint8Array {
  const files: Zippable = {};
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(root, name);
    if (statSync(full).isFile()) files[`vault/${name.split(path.sep).join('/')}`] = [new Uint8Array(readFileSync(full)), { mtime: MTIME }];
  }
  return zipSync(files);
}

const importMarkdown = (file: Uint8Array) => call(journal, 'import.markdown', { file: new Uint8Array(file) });
async function allEntries(j = journal): Promise<Entry[]> {
  const { items } = await call(j, 'entries.list', { limit: 200 });
  return Promise.all(items.map((item) => call(j, 'entries.get', { id: item.id })));
}
const textOf = (node: { text?: string; content?: unknown[] }): string =>
  node.text ?? (node.content ?? []).map((c) => textOf(c as never)).join('\n');
const images = (node: { type: string; attrs?: Record<string, unknown>; content?: unknown[] }): string[] =>
  node.type === 'image' ? [String(node.attrs?.src)] : (node.content ?? []).flatMap((c) => images(c as never));
const convert = (file: string, text: string) => markdownEntry({ path: file, text, modified: MTIME }) as ImportedEntry;

describe('import.markdown: a real Obsidian vault', () => {
  it('imports each note with its tags, both kinds of picture, wiki links as text, and skips the app folder', async () => {
    const report = await importMarkdown(zipFolder('tests/fixtures/obsidian/vault'));
    // ![[plaintext.txt]] is not a picture: it stays text, nothing fails.
    expect(report).toEqual({ imported: 2, skipped: 0, failed: [], pictures: 1 });
    const entries = await allEntries();
    const sample = entries.find((e) => e.title === 'Sample note')!;
    expect(sample.entryDate).toBe('2023-05-06');
    const second = entries.find((e) => e.title === 'Second sample note')!;
    // A Markdown image in one note and Obsidian's ![[test.png]] embed in the other: the same picture, stored once.
    expect(images(sample.doc)).toHaveLength(1);
    expect(images(second.doc)).toEqual(images(sample.doc));
    expect(textOf(sample.doc)).toContain('link with [[Second sample note|alias]]');
    expect(textOf(second.doc)).toContain('aaa [[Sample note]]');
    expect(textOf(second.doc)).toContain('![[plaintext.txt]]');
    const exported = await call(journal, 'export.json', { scope: { all: true } });
    const tags = (await answerJson(exported)).entries.find((e: { title: string }) => e.title === 'Sample note').tags;
    expect(tags.sort()).toEqual(['another-tag-obsidian', 'frontmatter-tag-obsidian', 'inline-tag-obsidian']);
  });
});

describe('import.markdown: the inverse of export.markdown', () => {
  it('brings an exported journal back with the same ids, titles, dates, tags and documents, pictures included', async () => {
    const temp = makeTempDir();
    const source = openTestJournal(temp.dir);
    try {
      await call(source, 'vault.create', { passphrase: 'correct horse battery' });
      const picture = await call(source, 'attachments.put', { file: readFileSync('tests/fixtures/obsidian/vault/test.png') });
      const doc = {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Plain, ' },
              { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' and ' },
              { type: 'text', text: 'marked', marks: [{ type: 'highlight' }] },
            ],
          },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Later' }] },
          {
            type: 'taskList',
            content: [
              {
                type: 'taskItem',
                attrs: { checked: true },
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'call Sam' }] }],
              },
            ],
          },
          {
            type: 'bulletList',
            content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }],
          },
          { type: 'image', attrs: { src: `attachment:${picture.id}`, alt: 'the sea' } },
        ],
      };
      const made = await call(source, 'entries.create', { entryDate: '2026-03-03', title: 'After the call', doc });
      await call(source, 'entries.update', { id: made.id, favorite: true });
      const zip = await asFileBytes(call(source, 'export.markdown', { scope: { all: true } }));
      const report = await importMarkdown(zip.data);
      expect(report).toEqual({ imported: 1, skipped: 0, failed: [], pictures: 1 });
      const [back] = await allEntries();
      expect(back).toMatchObject({ id: made.id, title: 'After the call', entryDate: '2026-03-03', favorite: true });
      const withoutSrc = (d: unknown) => JSON.parse(JSON.stringify(d).replace(/attachment:[0-9a-f-]{36}/g, 'attachment:x'));
      expect(withoutSrc(back!.doc)).toEqual(withoutSrc(doc));
      expect(await importMarkdown(zip.data)).toMatchObject({ imported: 0, skipped: 1 });
    } finally {
      source.close();
      temp.cleanup();
    }
  });

  it('keeps prompt questions of an exported template entry as quoted text', async () => {
    const entry = convert(
      '2026-03-03 Post.md',
      `> **What happened?**\n> *A few sentences.*\n\n${textOf(postMortemDoc('It was over.') as never)}`,
    );
    expect(entry.doc.content?.[0]?.type).toBe('blockquote');
  });
});

describe('markdownEntry rules', () => {
  it("reads dates from front matter in many formats, in the writer's own offset", () => {
    const dated = (value: string) => convert('note.md', `---\ndate: ${value}\n---\ntext`).entryDate;
    expect(dated('2024-07-22')).toBe('2024-07-22');
    expect(dated('22/07/2024')).toBe('2024-07-22');
    expect(dated('22.07.2024')).toBe('2024-07-22');
    expect(dated('2024/07/22')).toBe('2024-07-22');
    expect(dated('2024-07-22T23:30:00-04:00')).toBe('2024-07-22');
    expect(dated('2024-07-22 23:30:00Z')).toBe('2024-07-22');
    expect(dated('"2024-07-22T09:00:00.000Z"')).toBe('2024-07-22');
    expect(convert('n.md', '---\ncreated: 2020-08-19 11:25:34Z\n---\nx').entryDate).toBe('2020-08-19');
    expect(convert('n.md', '---\ncreated_at: 03/02/2021\n---\nx').entryDate).toBe('2021-02-03');
    expect(convert('n.md', '---\ndate: 31/02/2024\n---\nx').entryDate).toBe('2023-05-06');
  });

  it("falls back to a date in the file name (with a title after it), then to the file's time in the zip", () => {
    expect(convert('Daily/2024-07-22.md', 'x')).toMatchObject({ entryDate: '2024-07-22', title: '' });
    expect(convert('2024_07_22 A walk.md', 'x')).toMatchObject({ entryDate: '2024-07-22', title: 'A walk' });
    expect(convert('20240722.md', 'x')).toMatchObject({ entryDate: '2024-07-22' });
    expect(convert('22-07-2024 Rain.md', 'x')).toMatchObject({ entryDate: '2024-07-22', title: 'Rain' });
    expect(convert('2024-06-16 09_00 Best day of my life_.md', 'x')).toMatchObject({
      entryDate: '2024-06-16',
      title: 'Best day of my life_',
    });
    expect(convert('Thoughts.md', 'x')).toMatchObject({ entryDate: '2023-05-06', title: 'Thoughts' });
  });

  it('takes the title from front matter, else the first # heading (which leaves the text), else the file name', () => {
    expect(convert('a.md', '---\ntitle: From meta\n---\n# Heading\n\ntext')).toMatchObject({ title: 'From meta' });
    const headed = convert('a.md', '# The heading\n\ntext');
    expect(headed.title).toBe('The heading');
    expect(textOf(headed.doc)).toBe('text');
    expect(convert('notes/a file.md', 'text')).toMatchObject({ title: 'a file' });
  });

  it('takes tags from front matter (list or comma string) and inline #tags, not from code, links or numbers', () => {
    expect(convert('a.md', '---\ntags: [one, two]\n---\nx #three `#code` #4 [#nolink](x.md)').tags).toEqual(['one', 'two', 'three']);
    expect(convert('a.md', '---\ntags: one, two\n---\nx').tags).toEqual(['one', 'two']);
  });

  it('reads ==highlight==, task lists, tables as text and keeps a BOM or CRLF from showing', () => {
    const doc = convert(
      'a.md',
      '\uFEFFLine ==bright== end\r\n\r\n- [ ] open\r\n- [x] done\r\n\r\n| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n',
    ).doc;
    expect(doc.content?.[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Line ' },
        { type: 'text', text: 'bright', marks: [{ type: 'highlight' }] },
        { type: 'text', text: ' end' },
      ],
    });
    expect(doc.content?.[1]).toMatchObject({ type: 'taskList', content: [{ attrs: { checked: false } }, { attrs: { checked: true } }] });
    const line = (node?: { content?: Array<{ text?: string }> }) => (node?.content ?? []).map((n) => n.text ?? '').join('');
    expect([line(doc.content?.[2]), line(doc.content?.[3])]).toEqual(['a | b', '1 | 2']);
    expect(JSON.stringify(doc)).not.toMatch(/\\r|\uFEFF/);
  });

  it('never fetches a remote picture: it stays a link in the text', () => {
    const doc = convert('a.md', '![a cat](https://example.com/cat.png)').doc;
    expect(images(doc)).toEqual([]);
    expect(JSON.stringify(doc)).toContain('"href":"https://example.com/cat.png"');
  });

  it('joins tags that differ only in case to one tag (and to one already in the journal), and fits long or comma tags to the rules', async () => {
    await call(journal, 'entries.create', {});
    const [first] = (await call(journal, 'entries.list', { limit: 1 })).items;
    await call(journal, 'entries.update', { id: first!.id, baseVersion: first!.version, tags: ['Grief'] });
    const long = 'a'.repeat(60);
    const zip = zipSync({
      'j/one.md': strToU8('---\ntags: [grief, Work]\n---\none'),
      'j/two.md': strToU8(`---\ntags: [GRIEF, work, "x, y", ${long}]\n---\ntwo`),
    });
    expect(await importMarkdown(zip)).toMatchObject({ imported: 2, failed: [] });
    const tags = (await call(journal, 'tags.list')).items;
    expect(tags.map((t) => [t.name, t.count]).sort()).toEqual([
      ['Grief', 3],
      ['Work', 2],
      ['a'.repeat(40), 1],
      ['x y', 1],
    ]);
  });

  it('reports a file whose front matter is not YAML, and imports the others', async () => {
    const zip = zipSync({
      'j/good.md': strToU8('# Good\n\nwords'),
      'j/bad.md': strToU8('---\ntags: [unclosed\n---\ntext'),
      'j/2024-01-02.md': strToU8('dated'),
    });
    const report = await importMarkdown(zip);
    expect(report).toEqual({
      imported: 2,
      skipped: 0,
      pictures: 0,
      failed: [{ where: 'j/bad.md', reason: expect.stringContaining('not valid YAML') }],
    });
  });

  it('reports a relative picture the zip does not hold and imports the entry without it', async () => {
    const report = await importMarkdown(zipSync({ 'n.md': strToU8('before ![x](images/missing.png) after') }));
    expect(report).toMatchObject({ imported: 1, failed: [{ where: 'n.md', reason: expect.stringContaining('images/missing.png') }] });
  });
});

describe('import.markdown: what is not Markdown', () => {
  it('refuses a single file that is not UTF-8 text, and a zip with no .md in it, changing nothing', async () => {
    for (const file of [new Uint8Array(16), new Uint8Array([0xff, 0xfe, 0x41]), zipSync({ 'a.txt': strToU8('plain') })]) {
      const result = await journal.dispatch('import.markdown', { file });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('No Markdown') } });
    }
    expect(await allEntries()).toEqual([]);
  });
});
