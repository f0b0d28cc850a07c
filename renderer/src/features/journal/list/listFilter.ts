// The list's filters (tag, favourites, template, closing mood, date range) and "Go to date": what entries.list and search.query
// are asked, and the active filters named in words so each can be seen and cleared.
import type { ApiInput } from '../../../contract';

export interface ListFilter {
  tag?: string;
  favorite?: boolean;
  templateId?: string;
  mood?: number[];
  from?: string;
  to?: string;
}

/** Rows the list asks for at a time: a screen holds about ten, so one page covers several screens of scrolling. */
export const LIST_PAGE = 100;

export const MOOD_LABELS: Record<number, string> = { 1: 'Very low', 2: 'Low', 3: 'Okay', 4: 'Good', 5: 'Very good' };

const earlier = (a: string | undefined, b: string | null) => (a === undefined ? (b ?? undefined) : b === null || a < b ? a : b);

/** entries.list's input: "Go to date" starts the list at the anchor day (the newest entry on or before it). */
export function listInput(filter: ListFilter, anchor: string | null): NonNullable<ApiInput<'entries.list'>> {
  const to = earlier(filter.to, anchor);
  return { ...dropEmpty({ ...filter, to, mood: filter.mood?.length ? filter.mood : undefined }), limit: LIST_PAGE };
}

/** search.query's filters: the same choices (a tag filter is one tag among the query's own `tag:` words). */
export function searchFilters(filter: ListFilter): NonNullable<ApiInput<'search.query'>['filters']> {
  const { tag, mood, ...rest } = filter;
  return dropEmpty({ ...rest, tags: tag ? [tag] : undefined, mood: mood?.length ? mood : undefined });
}

export interface ActiveFilter {
  key: keyof ListFilter;
  label: string;
}

export function activeFilters(filter: ListFilter, templateName: (id: string) => string | null, formatDay: (day: string) => string) {
  const active: ActiveFilter[] = [];
  if (filter.favorite) active.push({ key: 'favorite', label: 'Favourites' });
  if (filter.tag) active.push({ key: 'tag', label: `Tag: ${filter.tag}` });
  if (filter.templateId) active.push({ key: 'templateId', label: `Template: ${templateName(filter.templateId) ?? filter.templateId}` });
  if (filter.mood?.length) active.push({ key: 'mood', label: `Mood: ${filter.mood.map((m) => MOOD_LABELS[m]).join(', ')}` });
  if (filter.from) active.push({ key: 'from', label: `From ${formatDay(filter.from)}` });
  if (filter.to) active.push({ key: 'to', label: `To ${formatDay(filter.to)}` });
  return active;
}

export const withoutFilter = (filter: ListFilter, key: keyof ListFilter): ListFilter => ({ ...filter, [key]: undefined });

function dropEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== false)) as T;
}
