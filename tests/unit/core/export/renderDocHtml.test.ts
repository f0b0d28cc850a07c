// Entry HTML for print: prompts set apart (or left out), text escaped, every block direction-aware, unknown nodes kept as text.
import { describe, expect, it } from 'vitest';
import { buildPdfDocument } from '../../../../electron/core/export/pdfDocument';
import { pagedJsPolyfill } from '../../../../electron/core/export/printAssets';
import { renderDocs, type RenderDocOptions } from '../../../../electron/core/export/renderDocHtml';
import type { DocNode } from '../../../../electron/contract';
import { para, postMortemDoc } from '../../helpers/sampleEntries';

const renderDocHtml = (doc: DocNode, options: RenderDocOptions) =>
  renderDocs([doc], options)[0]!
    .map((block) => block.html)
    .join('');

describe('renderDocHtml', () => {
  it('renders prompts as set-apart questions, or leaves them out', () => {
    const withPrompts = renderDocHtml(postMortemDoc('It was <over>.'), { includePrompts: true });
    expect(withPrompts).toMatch(/<div dir="auto" data-prompt="" class="aw-prompt"/);
    expect(withPrompts).toContain('What happened, in your own words?');
    expect(withPrompts).toContain('It was &lt;over&gt;.');
    expect(withPrompts).toContain('<p dir="auto">');
    const without = renderDocHtml(postMortemDoc('It was over.'), { includePrompts: false });
    expect(without).not.toContain('aw-prompt');
    expect(without).toContain('It was over.');
  });

  it('keeps the words of nodes and marks it does not know', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'callout', content: [para('still here')] },
        { type: 'paragraph', content: [{ type: 'text', text: 'marked', marks: [{ type: 'sparkle' }] }] },
      ],
    };
    const html = renderDocHtml(doc, { includePrompts: true });
    expect(html).toContain('still here');
    expect(html).toContain('marked');
  });

  it('renders many documents in one pass and splits them back; a broken one falls back to its words alone', () => {
    const broken = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '' },
            { type: 'text', text: 'fragile' },
          ],
        },
      ],
    };
    const rendered = renderDocs([postMortemDoc('first'), broken, { type: 'doc', content: [para('third'), para('more')] }], {
      includePrompts: true,
    });
    expect(rendered.map((blocks) => blocks.map((block) => block.type))).toEqual([
      ['prompt', 'paragraph', 'prompt', 'paragraph'],
      ['paragraph'],
      ['paragraph', 'paragraph'],
    ]);
    expect(rendered[1]![0]!.html).toBe('<p dir="auto">fragile</p>');
    expect(rendered[2]![1]!.html).toBe('<p dir="auto">more</p>');
  });
});

describe('buildPdfDocument', () => {
  const entry = {
    id: 'x',
    entryDate: '2026-03-03',
    createdAt: '',
    updatedAt: '',
    title: 'A <title>',
    doc: postMortemDoc('ok'),
    mood: null,
    templateId: null,
    templateVersion: null,
    favorite: false,
    version: 1,
    tags: [],
    extra: {},
  };
  const options = {
    pageSize: 'A4' as const,
    includePrompts: true,
    omitUnansweredPrompts: true,
    coverPage: true,
    tableOfContents: true,
    pageNumbers: true,
    title: 'My "journal"',
  };

  it('prints an untitled guided entry under its template\'s name, not "Untitled" (guided entries now start untitled)', () => {
    const guided = { ...entry, title: '', templateId: 'post-mortem', templateName: 'Breakup post-mortem' };
    const { html } = buildPdfDocument([guided, { ...guided, templateName: null }], options);
    expect(html).toContain('<span class="toc-title" dir="auto">Breakup post-mortem</span>');
    expect(html).toContain('<h2 class="entry-title" dir="auto">Breakup post-mortem</h2>');
    expect(html).toContain('<h2 class="entry-title untitled" dir="auto">Untitled</h2>');
  });

  it('runs scripts only when pagedjs lays out a contents page', () => {
    const paged = buildPdfDocument([entry], options);
    expect(paged.paged).toBe(true);
    expect(paged.html).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'; /);
    expect(paged.html).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(paged.html).toContain("connect-src 'none'");
    const plain = buildPdfDocument([entry], { ...options, tableOfContents: false });
    expect(plain.paged).toBe(false);
    expect(plain.html).toContain("script-src 'none'");
    expect(plain.html).not.toContain('<script');
  });

  it('escapes the title in HTML and in the running header', () => {
    const { html } = buildPdfDocument([entry], options);
    expect(html).toContain('A &lt;title&gt;');
    expect(html).toContain('content: "MY \\22 JOURNAL\\22 "');
  });

  it('keeps a title that tries to close the stylesheet inside its CSS string', () => {
    const { html } = buildPdfDocument([entry], { ...options, title: '</style><img src=x onerror=alert(1)><style>"}body{x:"' });
    const style = html.slice(html.indexOf('<style>') + 7, html.indexOf('</style>'));
    expect(style).toContain('content: "\\3c \\2f STYLE\\3e \\3c IMG SRC\\3d X ONERROR\\3d ALERT(1)\\3e ');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
  });

  it('can inline the pagedjs polyfill in a script element', () => {
    expect(pagedJsPolyfill()).not.toMatch(/<\/script/i);
  });
});
