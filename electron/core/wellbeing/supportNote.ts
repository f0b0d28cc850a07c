// Notices a run of entries that ended at the lowest mood, so the app can say once, kindly, where support is.
import type { Db } from '../db/openDatabase';

/** Three in a row: one hard day is ordinary; a run is worth a gentle word. */
export const LOW_MOOD_RUN = 3;
const LOWEST_MOOD = 1;
const SHOWN_KEY = 'wellbeing.supportNoteShownAt';

/** The most recent entries that have a closing mood (unrated entries neither break nor extend a run). */
function endsWithLowMoodRun(db: Db): boolean {
  const moods = db
    .prepare(
      `SELECT mood FROM entries WHERE deleted_at IS NULL AND mood IS NOT NULL ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?`,
    )
    .all(LOW_MOOD_RUN) as Array<{ mood: number }>;
  return moods.length === LOW_MOOD_RUN && moods.every((row) => row.mood === LOWEST_MOOD);
}

function supportNoteShown(db: Db): boolean {
  return db.prepare('SELECT 1 FROM settings WHERE key = ?').get(SHOWN_KEY) !== undefined;
}

export function supportNoteDue(db: Db): boolean {
  return !supportNoteShown(db) && endsWithLowMoodRun(db);
}

export function recordSupportNoteShown(db: Db, now = new Date()): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(SHOWN_KEY, now.toISOString());
}
