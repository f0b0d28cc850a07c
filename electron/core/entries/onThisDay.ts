// entries.onThisDay: entries from the same day of the month in earlier months and years, without the templates and tags left out.
import type { EntrySummary } from '../../contract';
import type { OnThisDaySetting } from '../../contract/settings/schemas';
import type { Db } from '../db/openDatabase';
import { tagKey } from '../tags/tagRules';
import { SUMMARY_COLUMNS, toSummaries, type SummaryRow } from './entryRows';

/** Enough to look back on without becoming a wall of the past. */
export const ON_THIS_DAY_LIMIT = 30;

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

export function onThisDay(db: Db, date: string, setting: OnThisDaySetting): { items: EntrySummary[] } {
  if (!setting.enabled) return { items: [] };
  const where = ['deleted_at IS NULL', 'substr(entry_date, 9, 2) = ?', 'entry_date < ?'];
  const params: unknown[] = [date.slice(8, 10), date];
  if (setting.excludeTemplateIds.length > 0) {
    // NOT IN alone would also drop entries without a template (NULL is never "not in").
    where.push(`(template_id IS NULL OR template_id NOT IN (${marks(setting.excludeTemplateIds)}))`);
    params.push(...setting.excludeTemplateIds);
  }
  if (setting.excludeTags.length > 0) {
    const keys = setting.excludeTags.map(tagKey);
    where.push(`seq NOT IN (SELECT et.entry_seq FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE t.key IN (${marks(keys)}))`);
    params.push(...keys);
  }
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM entries WHERE ${where.join(' AND ')} ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?`,
    )
    .all(...params, ON_THIS_DAY_LIMIT) as SummaryRow[];
  return { items: toSummaries(db, rows) };
}
