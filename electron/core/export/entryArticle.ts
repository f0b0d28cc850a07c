// One entry as a printed article: date and title as headings, mood and tags in small print, then its text, kept from breaking badly.
import { PROMPT_NODE_NAME as PROMPT_TYPE } from '../../contract/editor/promptNode';
import { escapeHtml, type RenderedBlock } from './renderDocHtml';
import type { ExportEntry } from './exportEntries';
import { longDate } from './formatDates';

const MOODS = ['very low', 'low', 'okay', 'good', 'very good'];

export const UNTITLED = 'Untitled';

/** The heading an entry prints under: its title, else its template's name (guided entries start untitled), else "Untitled". */
export const shownTitle = (entry: ExportEntry): string => entry.title.trim() || entry.templateName || UNTITLED;

/** Anchor for the contents page: ids never come from user text. */
export const entryAnchor = (index: number) => `entry-${index + 1}`;

/** "Mood: low before, good after" when both checks were made; otherwise the one there is. The opening check travels in `extra`, as in the JSON format. */
function moodText({ mood, extra }: ExportEntry): string {
  const moodBefore = typeof extra.mood_before === 'number' ? extra.mood_before : null;
  if (mood && moodBefore) return `Mood: ${MOODS[moodBefore - 1]} before, ${MOODS[mood - 1]} after`;
  if (moodBefore) return `Mood before: ${MOODS[moodBefore - 1]}`;
  return mood ? `Mood: ${MOODS[mood - 1]}` : '';
}

function metaLine(entry: ExportEntry): string {
  const parts = [moodText(entry), entry.tags.map((tag) => `#${tag}`).join(' ')].filter(Boolean);
  return parts.length ? `<p class="entry-meta">${escapeHtml(parts.join(' · '))}</p>` : '';
}

function head(entry: ExportEntry): string {
  const title = entry.title.trim() || entry.templateName;
  return [
    '<header class="entry-head">',
    `<p class="entry-date">${escapeHtml(longDate(entry.entryDate))}</p>`,
    `<h2 class="entry-title${title ? '' : ' untitled'}" dir="auto">${escapeHtml(title || UNTITLED)}</h2>`,
    metaLine(entry),
    '</header>',
  ].join('');
}

/**
 * Groups that must not break across pages: the title with the entry's first words, and each prompt with its answer.
 * (break-after: avoid alone is not honoured by pagedjs; an unbreakable group is, by both it and Chromium.)
 */
function keepGroups(blocks: RenderedBlock[], entryHead: string): string[] {
  let i = 0;
  const opening = [entryHead];
  while (i < blocks.length && blocks[i]!.type === PROMPT_TYPE) opening.push(blocks[i++]!.html);
  if (i < blocks.length) opening.push(blocks[i++]!.html);
  const groups = [`<div class="keep">${opening.join('')}</div>`];
  for (; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (block.type === PROMPT_TYPE && next && next.type !== PROMPT_TYPE) {
      groups.push(`<div class="keep">${block.html}${next.html}</div>`);
      i += 1;
    } else groups.push(block.html);
  }
  return groups;
}

/** The HTML of one entry from its blocks, rendered once for the whole export; the PDF document only arranges these. */
export function entryArticle(entry: ExportEntry, index: number, blocks: RenderedBlock[]): string {
  return `<article class="entry" id="${entryAnchor(index)}"><div class="entry-body">${keepGroups(blocks, head(entry)).join('')}</div></article>`;
}
