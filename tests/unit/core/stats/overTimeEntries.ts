// Test helper: entries written on chosen days, with moods, a template, tags or words, through the contract on a real journal.
import type { Journal } from '../../../../electron/core/journal';
import { call, paragraphDoc } from '../../helpers/tempJournal';

export interface Written {
  mood?: number | null;
  moodBefore?: number | null;
  templateId?: 'post-mortem' | 'empathy' | 'what-will-be-different';
  tags?: string[];
  words?: string;
}

export async function write(journal: Journal, entryDate: string, written: Written = {}): Promise<string> {
  const { mood, moodBefore, templateId, tags, words } = written;
  const entry = await call(journal, 'entries.create', {
    entryDate,
    mood,
    moodBefore,
    ...(templateId ? { templateId } : { doc: paragraphDoc(words ?? 'a few words') }),
  });
  if (tags) await call(journal, 'entries.update', { id: entry.id, tags });
  return entry.id;
}

/** Every day from `from` to `to` inclusive, by the calendar. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
