// Schema v8: indexes that let the calendar, the writing figures and On this day read only index pages, never an entry's document.
import type { Migration } from './index';

export const m0008OverTime: Migration = {
  version: 8,
  name: 'over-time',
  up(db) {
    db.exec(`
      -- stats.summary walks every live entry once: this index holds every column it reads, in date order.
      CREATE INDEX entries_for_stats ON entries (deleted_at, entry_date, template_id, mood_before, mood, word_count);
      -- entries.onThisDay looks up one day of the month across all months (the day is the date's last two characters).
      CREATE INDEX entries_by_day_of_month ON entries (substr(entry_date, 9, 2), entry_date) WHERE deleted_at IS NULL;
    `);
  },
};
