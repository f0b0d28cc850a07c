// One entry as a printed article: its date and title as headings, its mood and tags in small print, then its text.
import { escapeHtml, renderDocHtml } from './renderDocHtml';
import type { ExportEntry } from './exportEntries';
import { longDate } from './formatDates';

const MOODS = ['very low', 'low', 'okay', 'good', 'very good'];

export const UNTITLED = 'Untitled';

/** Anchor for the contents page: ids never come from user text. */
export const entryAnchor = (index: number) => `entry-${index + 1}`;

function metaLine(entry: ExportEntry): string {
  const parts = [entry.mood ? `Mood: ${MOODS[entry.mood - 1]}` : '', entry.tags.map((tag) => `#${tag}`).join(' ')].filter(Boolean);
  return parts.length ? `<p class="entry-meta">${escapeHtml(parts.join(' · '))}</p>` : '';
}

/** The HTML of one entry. Rendered once per export; the PDF document only arranges these. */
export function entryArticle(entry: ExportEntry, index: number, options: { includePrompts: boolean }): string {
  const title = entry.title.trim();
  return [
    `<article class="entry" id="${entryAnchor(index)}">`,
    '<header class="entry-head">',
    `<p class="entry-date">${escapeHtml(longDate(entry.entryDate))}</p>`,
    `<h2 class="entry-title${title ? '' : ' untitled'}" dir="auto">${escapeHtml(title || UNTITLED)}</h2>`,
    metaLine(entry),
    '</header>',
    `<div class="entry-body">${renderDocHtml(entry.doc, options)}</div>`,
    '</article>',
  ].join('');
}
