// export.markdown: one .md per entry with front matter, prompts as quoted questions, images as files, all in one zip.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../electron/contract';
import { docToMarkdown } from '../../../../electron/core/export/docToMarkdown';
import type { ExportEntry } from '../../../../electron/core/export/exportEntries';
import { markdownZip } from '../../../../electron/core/export/markdownExport';
import type { Journal } from '../../../../electron/core/journal';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';
import { para, postMortemDoc, prompt } from '../../helpers/sampleEntries';
import { asFileBytes } from '../../helpers/sealedAnswer';

/** The streamed zip of entries (one page, no pictures), gathered. */
function zipOf(entries: ExportEntry[], now: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  const span = { first: entries[0]!.entryDate, last: entries[entries.length - 1]!.entryDate };
  markdownZip(
    { ...span, pages: () => [entries] },
    now,
    () => null,
    (chunk) => chunks.push(chunk),
  );
  return Buffer.concat(chunks);
}

const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('docToMarkdown', () => {
  it('writes prompts as quoted bold questions and keeps marks, lists and tasks', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        prompt('What happened?', 'Take your time.'),
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' and *stars*' },
          ],
        },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Plan' }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [para('one')] },
            { type: 'listItem', content: [para('two')] },
          ],
        },
        { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [para('call Sam')] }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://example.org/a<b>' } }] }],
        },
        para('# not a heading'),
      ],
    };
    expect(docToMarkdown(doc)).toBe(
      [
        '> **What happened?**\n> *Take your time.*',
        '**bold** and \\*stars\\*',
        '## Plan',
        '- one\n- two',
        '- [x] call Sam',
        '[site](<https://example.org/a%3Cb%3E>)',
        '\\# not a heading',
      ].join('\n\n'),
    );
  });

  it('keeps hostile fields from becoming HTML, fences, links or remote pictures', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        prompt('<img src=x onerror=alert(1)>\n# injected', 'hint\n<script>x</script>'),
        { type: 'codeBlock', attrs: { language: 'js\n<script>alert(1)</script>' }, content: [{ type: 'text', text: 'a ``` b' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
        { type: 'image', attrs: { src: 'http://127.0.0.1:9/x.png', alt: 'remote' } },
        { type: 'image', attrs: { src: 'file:///etc/passwd', alt: '' } },
      ],
    };
    const markdown = docToMarkdown(doc, (src) => src);
    // Every "<" is escaped (a Markdown reader shows it as text), and no unsafe URL is left at all.
    expect(markdown).not.toMatch(/(?<!\\)<|javascript:|127\.0\.0\.1|file:|\n# /);
    expect(markdown).toContain('\\<img src\\=x onerror\\=alert(1)\\> # injected');
    expect(markdown).toContain('````\na ``` b\n````');
    expect(markdown).toContain('\n\nclick\n\nremote');
  });

  it('escapes a title that holds HTML and line breaks', () => {
    const entry = {
      id: 'x',
      entryDate: '2026-03-03',
      createdAt: '',
      updatedAt: '',
      title: '<img src=x onerror=alert(1)>\n# two',
      doc: { type: 'doc', content: [para('ok')] },
      mood: null,
      templateId: null,
      templateVersion: null,
      favorite: false,
      version: 1,
      tags: [],
      extra: {},
    };
    const files = unzipSync(zipOf([entry], new Date('2026-03-04T00:00:00Z')));
    const text = new TextDecoder().decode(Object.values(files).find((data) => data.length > 0));
    expect(text).toContain('\n# \\<img src\\=x onerror\\=alert(1)\\> # two\n');
    expect(text.split('---').pop()).not.toMatch(/(?<!\\)</);
  });

  it('writes embedded images as files beside the Markdown', () => {
    const doc: DocNode = { type: 'doc', content: [{ type: 'image', attrs: { src: `data:image/png;base64,${PIXEL}`, alt: 'sea' } }] };
    const files: Record<string, string> = {};
    const markdown = docToMarkdown(doc, (src) => ((files['sea.png'] = src.split(',')[1]!), 'images/sea.png'));
    expect(markdown).toBe('![sea](<images/sea.png>)');
    expect(files['sea.png']).toBe(PIXEL);
  });
});

describe('export.markdown', () => {
  const temp = makeTempDir();
  let journal: Journal;
  let picture: { id: string };

  beforeAll(async () => {
    journal = openTestJournal(temp.dir);
    await call(journal, 'vault.create', { passphrase: 'correct horse battery' });
    await call(journal, 'entries.create', {
      entryDate: '2026-03-03',
      title: 'The evening: it ended',
      doc: postMortemDoc('It was over.'),
      mood: 2,
    });
    picture = await call(journal, 'attachments.put', { file: Buffer.from(PIXEL, 'base64') });
    const image = { type: 'doc', content: [para('A photo:'), { type: 'image', attrs: { src: `attachment:${picture.id}`, alt: 'sea' } }] };
    await call(journal, 'entries.create', { entryDate: '2026-03-03', title: 'The evening: it ended', doc: image });
  });
  afterAll(() => {
    journal.close();
    temp.cleanup();
  });

  it('zips one Markdown file per entry with front matter', async () => {
    const file = await asFileBytes(call(journal, 'export.markdown', { scope: { from: '2026-03-01', to: '2026-03-31' } }));
    expect(file).toMatchObject({ fileName: 'Afterword 2026-03-03.zip', mimeType: 'application/zip' });
    const files = unzipSync(file.data);
    const names = Object.keys(files)
      .filter((name) => !name.endsWith('/'))
      .sort();
    expect(names).toEqual([
      'Afterword 2026-03-03/2026-03-03 The evening it ended (2).md',
      'Afterword 2026-03-03/2026-03-03 The evening it ended.md',
      'Afterword 2026-03-03/images/2026-03-03 The evening it ended.png',
    ]);
    const first = new TextDecoder().decode(files[names[1]!]);
    expect(first).toMatch(
      /^---\nid: "[0-9a-f-]{36}"\ndate: 2026-03-03\ntitle: "The evening: it ended"\ntemplate: null\nmood: 2\ntags: \[\]\n/,
    );
    expect(first).toContain('> **What happened, in your own words?**\n> *A few sentences is enough.*\n\nIt was over.');
    const second = new TextDecoder().decode(files[names[0]!]);
    expect(second).toContain('![sea](<images/2026-03-03%20The%20evening%20it%20ended.png>)');
    const stored = await call(journal, 'attachments.get', { id: picture.id });
    expect(Buffer.from(files[names[2]!]!).equals(Buffer.from(stored.data))).toBe(true);
  });

  it("writes the entry's tags and star into the front matter", async () => {
    const { items } = await call(journal, 'entries.list', {});
    const id = items[0]!.id;
    await call(journal, 'entries.update', { id, tags: ['grief', 'new "flat"'], favorite: true });
    const file = await asFileBytes(call(journal, 'export.markdown', { scope: { entryIds: [id] } }));
    const text = new TextDecoder().decode(Object.entries(unzipSync(file.data)).find(([name]) => name.endsWith('.md'))![1]);
    expect(text).toContain('tags: ["grief", "new \\"flat\\""]\nfavorite: true\n');
  });
});
