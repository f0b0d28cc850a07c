// Arranges rendered entries into one printable HTML document: cover, contents with page numbers, then the entries.
import { createHash } from 'node:crypto';
import type { PdfOptions } from '../../contract/exports/schemas';
import { entryAnchor, entryArticle, shownTitle } from './entryArticle';
import type { ExportEntry } from './exportEntries';
import { dateRange, shortDate } from './formatDates';
import { NO_WEBRTC_SCRIPT, PAGED_READY_ATTRIBUTE } from './pdfPrinter';
import { embeddedFontFaces, pagedJsPolyfill } from './printAssets';
import { printStylesheet } from './printStylesheet';
import { escapeHtml, renderDocs } from './renderDocHtml';

export interface PrintableDocument {
  html: string;
  /** True when the document lays itself out with pagedjs (needed for contents page numbers); it then needs JavaScript. */
  paged: boolean;
}

function cover(title: string, entries: ExportEntry[]): string {
  const count = entries.length === 1 ? '1 entry' : `${entries.length.toLocaleString('en-GB')} entries`;
  return [
    '<section class="cover">',
    '<p class="cover-kicker">Afterword</p>',
    `<h1 dir="auto">${escapeHtml(title)}</h1>`,
    '<hr class="cover-rule">',
    `<p class="cover-dates">${escapeHtml(dateRange(entries[0]!.entryDate, entries[entries.length - 1]!.entryDate))}</p>`,
    `<p class="cover-count">${count}</p>`,
    '</section>',
  ].join('');
}

function contents(entries: ExportEntry[]): string {
  const rows = entries.map(
    (entry, index) =>
      `<li><a href="#${entryAnchor(index)}"><span class="toc-date">${escapeHtml(shortDate(entry.entryDate))}</span>` +
      `<span class="toc-title" dir="auto">${escapeHtml(shownTitle(entry))}</span><span class="toc-leader"></span>` +
      `<span class="toc-page" data-target="${entryAnchor(index)}"></span></a></li>`,
  );
  return `<nav class="contents"><h1>Contents</h1><ol>${rows.join('')}</ol></nav>`;
}

/**
 * Scripts run only when pagedjs must lay out pages, and then only ours, each allowed by its SHA-256: no 'unsafe-inline', so a
 * <script> or an onerror= that reached the page is not run. Nothing may load or connect anywhere.
 */
function contentSecurityPolicy(scripts: string[]): string {
  const scriptSrc = scripts.length
    ? scripts.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`).join(' ')
    : "'none'";
  return [
    "default-src 'none'",
    `script-src ${scriptSrc}`,
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Contents page numbers, filled in once pagedjs has laid out every page. pagedjs's own target-counter() re-lays out the
 * whole book for each entry it resolves (quadratic: a 1,000-entry journal took minutes); this reads each entry's page once.
 * The number sits in a fixed-width box, so writing it cannot move anything to another page.
 */
const FILL_CONTENTS_PAGES = `document.querySelectorAll('.toc-page[data-target]').forEach(function (slot) {
  var target = document.getElementById(slot.getAttribute('data-target'));
  var page = target && target.closest('.pagedjs_page');
  slot.textContent = page ? page.getAttribute('data-page-number') : '';
});`;

/** Our scripts, in order: WebRTC off, pagedjs's configuration, pagedjs. */
function pagedScripts(): string[] {
  const done = `document.documentElement.setAttribute('${PAGED_READY_ATTRIBUTE}', 'done');`;
  const config = `window.PagedConfig = { auto: true, after: function () { ${FILL_CONTENTS_PAGES} ${done} } };`;
  return [NO_WEBRTC_SCRIPT, config, pagedJsPolyfill()];
}

/** A cover and contents suit a journal; one entry alone is just that entry, unless the writer asked for them. */
export function resolvedPages(options: PdfOptions, entryCount: number): { coverPage: boolean; tableOfContents: boolean } {
  const several = entryCount > 1;
  return { coverPage: options.coverPage ?? several, tableOfContents: options.tableOfContents ?? several };
}

export function buildPdfDocument(entries: ExportEntry[], options: PdfOptions): PrintableDocument {
  const { coverPage, tableOfContents } = resolvedPages(options, entries.length);
  const paged = tableOfContents;
  const scripts = paged ? pagedScripts() : [];
  const css = `${embeddedFontFaces()}\n${printStylesheet({ pageSize: options.pageSize, pageNumbers: options.pageNumbers, runningHeader: options.title })}`;
  const blocks = renderDocs(
    entries.map((entry) => entry.doc),
    options,
  );
  const articles = entries.map((entry, index) => entryArticle(entry, index, blocks[index]!));
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scripts)}">`,
    `<title>${escapeHtml(options.title)}</title><style>${css}</style>`,
    // "</script" cannot occur inside a script element; the minified polyfill is checked not to contain it by the tests.
    scripts.map((script) => `<script>${script}</script>`).join(''),
    '</head><body>',
    coverPage ? cover(options.title, entries) : '',
    tableOfContents ? contents(entries) : '',
    `<main>${articles.join('\n')}</main>`,
    '</body></html>',
  ].join('');
  return { html, paged };
}
