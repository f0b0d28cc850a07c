// The print stylesheet: a book page (Source Serif 4 text, Inter for dates and page furniture), for Chromium's printing and pagedjs alike.
import type { PageSize } from '../../contract/exports/schemas';

export interface StylesheetOptions {
  pageSize: PageSize;
  pageNumbers: boolean;
  /** Running header text; empty for none. */
  runningHeader: string;
}

/**
 * A CSS string literal safe inside an HTML <style> element: the running header comes from the person's title. Everything but
 * letters, digits, spaces and harmless punctuation is written as a CSS hex escape, so no quote ends the string and no "<"
 * is left for the HTML parser to read as `</style>`.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/[\r\n]+/g, ' ').replace(/[^\p{L}\p{N} .,:;!?'()\-–—]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
  return `"${escaped}"`;
}

/** System fonts after ours cover what Source Serif 4 and Inter do not: CJK, Hebrew, Arabic, emoji — where installed. */
const SERIF = `'Source Serif 4', 'Noto Serif', 'DejaVu Serif', 'Noto Serif CJK SC', 'Noto Sans CJK SC', 'Noto Sans Hebrew', 'Noto Naskh Arabic', 'DejaVu Sans', 'Noto Color Emoji', serif`;
const SANS = `Inter, 'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK SC', 'Noto Color Emoji', sans-serif`;
const INK = '#1f1d1a';
const MUTED = '#77706a';
const ACCENT = '#9c7b54';

function pageRules(options: StylesheetOptions): string {
  const furniture = `font-family: ${SANS}; font-size: 7.5pt; color: ${MUTED}; letter-spacing: 0.12em;`;
  const header = options.runningHeader
    ? `@top-center { content: ${cssString(options.runningHeader.toUpperCase())}; ${furniture} vertical-align: bottom; padding-bottom: 6mm; }`
    : '';
  const number = options.pageNumbers
    ? `@bottom-center { content: counter(page); ${furniture} font-size: 8.5pt; letter-spacing: 0.04em; vertical-align: top; padding-top: 7mm; }`
    : '';
  return `
@page { size: ${options.pageSize}; margin: 24mm 30mm 26mm 30mm; ${header} ${number} }
@page cover { @top-center { content: none; } @bottom-center { content: none; } }
@page contents { @top-center { content: none; } }`;
}

const BODY = `
html { color: ${INK}; font-family: ${SERIF}; font-size: 11pt; line-height: 1.5; font-kerning: normal; font-variant-ligatures: common-ligatures; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
.cover { page: cover; break-after: page; padding-top: 58mm; text-align: center; }
.cover-kicker { font-family: ${SANS}; font-size: 8pt; letter-spacing: 0.3em; text-transform: uppercase; color: ${ACCENT}; margin: 0 0 14mm; }
.cover h1 { font-size: 32pt; font-weight: 600; line-height: 1.15; margin: 0 0 8mm; }
.cover-rule { width: 22mm; border: 0; border-top: 0.6pt solid ${ACCENT}; margin: 0 auto 8mm; }
.cover-dates { font-size: 13pt; font-style: italic; margin: 0 0 2mm; }
.cover-count { font-family: ${SANS}; font-size: 8.5pt; color: ${MUTED}; letter-spacing: 0.06em; margin: 0; }
.contents { page: contents; break-after: page; }
.contents h1 { font-size: 20pt; font-weight: 600; margin: 0 0 10mm; }
.contents ol { list-style: none; margin: 0; padding: 0; }
.contents li { break-inside: avoid; margin: 0 0 2.2mm; }
.contents a { display: flex; align-items: baseline; color: inherit; text-decoration: none; }
.toc-date { font-family: ${SANS}; font-size: 7.5pt; color: ${MUTED}; width: 20mm; margin-right: 3mm; flex: none; white-space: nowrap; font-variant-numeric: tabular-nums; }
.toc-title { flex: 0 1 auto; overflow: hidden; }
.toc-leader { flex: 1 1 auto; min-width: 6mm; border-bottom: 0.6pt dotted #b8b0a6; margin: 0 2mm; position: relative; top: -0.3em; }
.toc-page { font-family: ${SANS}; font-size: 8.5pt; font-variant-numeric: tabular-nums; flex: none; width: 9mm; text-align: right; }
.entry + .entry { margin-top: 16mm; }
.entry + .entry::before { content: ''; display: block; width: 18mm; margin: 0 auto 12mm; border-top: 0.6pt solid #cfc6ba; }
.entry-head { break-after: avoid; margin-bottom: 5mm; }
.entry-body .entry-head p { text-align: start; text-indent: 0; hyphens: manual; }
.entry-head .entry-date { font-family: ${SANS}; font-size: 7.5pt; font-weight: 500; letter-spacing: 0.08em; text-transform: uppercase; color: ${ACCENT}; margin: 0 0 1.5mm; break-after: avoid; }
.entry-head .entry-title { font-size: 18pt; font-weight: 600; line-height: 1.2; margin: 0; break-after: avoid; }
.entry-head .entry-title.untitled { font-style: italic; font-weight: 400; color: ${MUTED}; }
.entry-head .entry-meta { font-family: ${SANS}; font-size: 7.5pt; color: ${MUTED}; margin: 1.5mm 0 0; }
.entry-body p { margin: 0; orphans: 2; widows: 2; text-align: start; hyphens: manual; }
.entry-body p + p { text-indent: 1.4em; }
.entry-body h1, .entry-body h2, .entry-body h3, .entry-body h4 { font-size: 12pt; font-weight: 600; line-height: 1.3; margin: 5mm 0 1.5mm; break-after: avoid; }
.entry-body h1 { font-size: 14pt; }
.aw-prompt { font-family: ${SANS}; font-size: 9pt; line-height: 1.45; color: #4d4740; border-left: 1.2pt solid ${ACCENT}; padding: 0.4mm 0 0.4mm 3.5mm; margin: 6mm 0 2.5mm; break-inside: avoid; break-after: avoid; }
.entry-body .aw-prompt p { margin: 0; text-align: start; text-indent: 0; }
.entry-body .aw-prompt-text { font-weight: 600; }
.entry-body .aw-prompt-hint { color: ${MUTED}; font-size: 8.5pt; }
.entry-body blockquote { margin: 3mm 0 3mm 6mm; font-style: italic; color: #3c3833; }
.entry-body ul, .entry-body ol { margin: 2mm 0; padding-left: 6mm; }
.entry-body li p { text-align: start; text-indent: 0; }
.entry-body ul[data-type="taskList"] { list-style: none; padding-left: 0; }
.entry-body li[data-type="taskItem"] { display: flex; gap: 2mm; align-items: baseline; }
.entry-body li[data-type="taskItem"] > div { flex: 1; }
.entry-body li[data-checked="true"] > div { color: ${MUTED}; }
.entry-body pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; white-space: pre-wrap; background: #f5f2ee; padding: 2.5mm 3mm; break-inside: avoid; }
.entry-body code { font-family: 'DejaVu Sans Mono', monospace; font-size: 0.85em; }
.entry-body mark { background: #f6e7b0; color: inherit; padding: 0 0.1em; }
.entry-body a { color: inherit; text-decoration: underline; text-decoration-thickness: 0.5pt; }
.entry-body hr { border: 0; text-align: center; margin: 5mm 0; }
.entry-body hr::after { content: '* * *'; letter-spacing: 0.6em; color: ${MUTED}; }
.entry-body img { display: block; width: 100%; max-width: 100%; max-height: 180mm; height: auto; object-fit: contain; margin: 4mm auto; break-inside: avoid; }
.entry-body img[data-width='full'] { width: 100%; }
.entry-body img[data-width='half'] { width: 50%; }
.entry-body img[data-width='third'] { width: 33.3%; }
.keep { break-inside: avoid; }
.entry-body .keep:has(> p:last-child) + p { text-indent: 1.4em; }
[dir="rtl"] { text-align: right; }
`;

export function printStylesheet(options: StylesheetOptions): string {
  return `${pageRules(options)}\n${BODY}`;
}
