// Documents are held to the editor's schema on every way in: each node's and mark's attributes exactly, unknown types refused,
// the answer naming the path that broke it, and nothing stored.
import { describe, expect, it } from 'vitest';
import { docSchema, type DocNode, type Result } from '../../../electron/contract';
import type { Journal } from '../../../electron/core/journal';
import { call, withCreatedJournal } from '../helpers/tempJournal';
import { para } from '../helpers/sampleEntries';

const PICTURE = 'attachment:0b5c1e9e-6a1f-4c7e-9d2a-3f4e5a6b7c8d';
const doc = (...content: unknown[]) => ({ type: 'doc', content }) as DocNode;
const linked = (href: string) =>
  doc({ type: 'paragraph', content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href } }] }] });

/** What the editor's getJSON() writes for every node and mark, defaults included. */
const EVERYTHING = doc(
  { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Plan' }] },
  {
    type: 'paragraph',
    content: [
      {
        type: 'text',
        text: 'a',
        marks: [{ type: 'bold' }, { type: 'italic' }, { type: 'strike' }, { type: 'underline' }, { type: 'highlight' }],
      },
      { type: 'hardBreak' },
      { type: 'text', text: 'c', marks: [{ type: 'code' }] },
    ],
  },
  {
    type: 'paragraph',
    content: [
      {
        type: 'text',
        text: 'site',
        marks: [
          {
            type: 'link',
            attrs: { href: 'https://example.org/', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null },
          },
        ],
      },
    ],
  },
  { type: 'codeBlock', attrs: { language: 'c++' }, content: [{ type: 'text', text: 'x' }] },
  { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [para('one')] }] },
  { type: 'bulletList', content: [{ type: 'listItem', content: [para('two')] }] },
  { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true, id: 'commitment-1' }, content: [para('call Sam')] }] },
  { type: 'blockquote', content: [para('quoted')] },
  { type: 'horizontalRule' },
  { type: 'image', attrs: { src: PICTURE, alt: 'sea', title: null, width: 'half', height: null } },
  { type: 'prompt', attrs: { text: 'What happened?', hint: null, key: 'facts' } },
);

const refusals: Array<[string, DocNode, string, RegExp]> = [
  ['an unknown node', doc(para('ok'), { type: 'script', content: [] }), 'content[1].type', /unknown node type "script"/],
  [
    'an unknown mark',
    doc({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'onclick' }] }] }),
    'content[0].content[0].marks[0].type',
    /unknown mark/,
  ],
  [
    'a prompt question that is an element',
    doc({ type: 'prompt', attrs: { text: ['img', { src: 'x', onerror: 'alert(1)' }] } }),
    'content[0].attrs.text',
    /string/,
  ],
  [
    'a prompt hint that is an element',
    doc({ type: 'prompt', attrs: { text: 'Q', hint: ['script', {}, 'x'] } }),
    'content[0].attrs.hint',
    /string/,
  ],
  [
    'an event handler attribute',
    doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' } }),
    'content[0].attrs.onclick',
    /unknown attribute "onclick"/,
  ],
  ['a javascript: link', linked('javascript:alert(1)'), 'content[0].content[0].marks[0].attrs.href', /http:\/\/, https:\/\/ or mailto:/],
  ['a file: link', linked('file:///etc/passwd'), 'content[0].content[0].marks[0].attrs.href', /http/],
  ['a link hiding its scheme behind a tab', linked('java\tscript:alert(1)'), 'content[0].content[0].marks[0].attrs.href', /http/],
  ['a remote picture', doc({ type: 'image', attrs: { src: 'http://127.0.0.1:9/x.png' } }), 'content[0].attrs.src', /stored in the journal/],
  [
    'an embedded picture',
    doc({ type: 'image', attrs: { src: 'data:image/svg+xml;base64,PHN2Zz4=' } }),
    'content[0].attrs.src',
    /stored in the journal/,
  ],
  ['a picture with no source', doc({ type: 'image', attrs: { alt: 'x' } }), 'content[0].attrs.src', /required/],
  [
    'a code language that ends the fence',
    doc({ type: 'codeBlock', attrs: { language: 'js\n<script>' } }),
    'content[0].attrs.language',
    /language/,
  ],
  ['heading level 7', doc({ type: 'heading', attrs: { level: 7 } }), 'content[0].attrs.level', /6/],
  [
    'a task id with markup',
    doc({ type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: false, id: '"><b>' } }] }),
    'content[0].content[0].attrs.id',
    /letters/,
  ],
  ['a picture width outside the three', doc({ type: 'image', attrs: { src: PICTURE, width: '100px' } }), 'content[0].attrs.width', /third/],
  ['a stray key on a node', doc({ type: 'paragraph', html: '<b>' }), 'content[0].html', /unknown key/],
  ['text on a block', doc({ type: 'paragraph', text: 'x' }), 'content[0].text', /only text nodes/],
  [
    'a __proto__ attribute',
    JSON.parse('{"type":"doc","content":[{"type":"paragraph","attrs":{"__proto__":{"x":1}}}]}'),
    'content[0].attrs.__proto__',
    /unknown attribute/,
  ],
];

describe('docSchema', () => {
  it('accepts every node and mark the editor writes, with the attributes it writes', () => {
    expect(docSchema.safeParse(EVERYTHING).success).toBe(true);
  });

  it.each(refusals)('refuses %s, naming where', (_name, bad, path, message) => {
    const result = docSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(
      issue.path
        .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
        .join('')
        .replace(/^\./, ''),
    ).toBe(path);
    expect(issue.message).toMatch(message);
  });
});

describe('every way a document comes in', () => {
  let journal: Journal;
  withCreatedJournal((created) => (journal = created));
  const hostile = doc({ type: 'prompt', attrs: { text: ['img', { src: 'x', onerror: 'alert(1)' }] } });
  const refused = async (method: string, input: unknown, field: string) => {
    const result = (await journal.dispatch(method, input)) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { field } } });
    expect((result as { error: { message: string } }).error.message).toContain(field);
  };

  it('refuses a hostile document on create and update of entries and templates, naming the path, and stores nothing', async () => {
    await refused('entries.create', { doc: hostile }, 'doc.content[0].attrs.text');
    const entry = await call(journal, 'entries.create', { doc: EVERYTHING });
    await refused('entries.update', { id: entry.id, doc: hostile }, 'doc.content[0].attrs.text');
    await refused('templates.create', { name: 'x', doc: hostile }, 'doc.content[0].attrs.text');
    const template = await call(journal, 'templates.create', { name: 'Mine', doc: EVERYTHING });
    await refused('templates.update', { id: template.id, doc: hostile }, 'doc.content[0].attrs.text');
    expect((await call(journal, 'entries.get', { id: entry.id })).doc).toEqual(EVERYTHING);
    expect((await call(journal, 'templates.get', { id: template.id })).doc).toEqual(EVERYTHING);
    expect((await call(journal, 'entries.list')).items).toHaveLength(1);
  });

  it('refuses an import whose entry or template holds a hostile document, and imports nothing', async () => {
    const entry = {
      id: '5b0c6f3e-8c4d-4e7a-9b1a-2c3d4e5f6a7b',
      entryDate: '2026-01-02',
      createdAt: 'x',
      updatedAt: 'x',
      title: 't',
      mood: null,
      templateId: null,
      templateVersion: null,
      favorite: false,
      version: 1,
      tags: [],
    };
    const file = (entries: unknown[], templates: unknown[] = []) => ({
      file: new TextEncoder().encode(JSON.stringify({ format: 'afterword-journal', version: 1, exportedAt: 'x', entries, templates })),
    });
    const bad = (await journal.dispatch('import.json', file([{ ...entry, doc: hostile }]))) as Result<unknown>;
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('entries.0.doc.content.0.attrs.text') },
    });
    const template = {
      id: '6b0c6f3e-8c4d-4e7a-9b1a-2c3d4e5f6a7b',
      name: 'Evil',
      description: '',
      kind: 'custom',
      doc: JSON.stringify(hostile),
      version: 1,
      estimated_minutes: null,
      mood_check: 1,
      created_at: 'x',
      updated_at: 'x',
    };
    const badTemplate = (await journal.dispatch('import.json', file([{ ...entry, doc: EVERYTHING }], [template]))) as Result<unknown>;
    expect(badTemplate).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('templates[0].doc.content.0.attrs.text') },
    });
    expect((await call(journal, 'entries.list')).items).toHaveLength(0);
    expect((await call(journal, 'templates.list')).items.some((t: { name: string }) => t.name === 'Evil')).toBe(false);
  });
});
