import { describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { call, withCreatedJournal } from '../../helpers/tempJournal';

describe('the one-time note about support', () => {
  let journal: Journal;
  withCreatedJournal((created) => (journal = created));

  const due = async () => (await call(journal, 'wellbeing.supportNoteDue')).due as boolean;
  const entryOn = (entryDate: string, mood: number | null) => call(journal, 'entries.create', { entryDate, mood });

  it('is due after three entries in a row end at the lowest mood, and only until it has been shown', async () => {
    await entryOn('2026-11-01', 1);
    await entryOn('2026-11-02', 1);
    expect(await due()).toBe(false);
    await entryOn('2026-11-03', 1);
    expect(await due()).toBe(true);
    await call(journal, 'wellbeing.recordSupportNoteShown');
    await call(journal, 'wellbeing.recordSupportNoteShown');
    expect(await due()).toBe(false);
    await entryOn('2026-11-04', 1);
    expect(await due()).toBe(false);
  });

  it('looks only at the most recent rated entries', async () => {
    await entryOn('2026-11-01', 1);
    await entryOn('2026-11-02', 1);
    await entryOn('2026-11-03', 1);
    await entryOn('2026-11-04', 2);
    expect(await due()).toBe(false);
    await entryOn('2026-11-05', null);
    await entryOn('2026-10-01', 1);
    expect(await due()).toBe(false);
  });

  it('skips unrated and trashed entries when counting the run', async () => {
    await entryOn('2026-11-01', 1);
    await entryOn('2026-11-02', null);
    await entryOn('2026-11-03', 1);
    const better = await entryOn('2026-11-04', 4);
    await entryOn('2026-11-05', 1);
    expect(await due()).toBe(false);
    await call(journal, 'entries.trash', { id: better.id });
    expect(await due()).toBe(true);
  });
});
