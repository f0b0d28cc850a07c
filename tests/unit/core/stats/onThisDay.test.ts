// entries.onThisDay and its settings on a real encrypted journal: off by default, answering nothing while off, leaving out what was chosen.
import { describe, expect } from 'vitest';
import { call, journalTest as it } from '../../helpers/tempJournal';
import { write } from './overTimeEntries';

const dates = async (journal: Parameters<typeof write>[0], date = '2026-11-29') =>
  (await call(journal, 'entries.onThisDay', { date })).items.map((item) => item.entryDate);

describe('on this day', () => {
  it('is off by default with nothing left out, and stats are shown by default', async ({ journal }) => {
    expect(await call(journal, 'settings.get')).toMatchObject({
      onThisDay: { enabled: false, excludeTemplateIds: [], excludeTags: [] },
      statsHidden: false,
    });
  });

  it('answers nothing while off, even with entries on the day', async ({ journal }) => {
    await write(journal, '2025-11-29');
    await write(journal, '2026-10-29');
    expect(await call(journal, 'entries.onThisDay', { date: '2026-11-29' })).toEqual({ items: [] });
    await call(journal, 'settings.update', { onThisDay: { enabled: true, excludeTemplateIds: [], excludeTags: [] } });
    expect(await dates(journal)).toEqual(['2026-10-29', '2025-11-29']);
    await call(journal, 'settings.update', { onThisDay: { enabled: false, excludeTemplateIds: [], excludeTags: [] } });
    expect(await dates(journal)).toEqual([]);
  });

  it('answers the same day of earlier months and years, newest first, never the day itself, later days or the Trash', async ({
    journal,
  }) => {
    await call(journal, 'settings.update', { onThisDay: { enabled: true, excludeTemplateIds: [], excludeTags: [] } });
    for (const day of ['2024-02-29', '2025-11-29', '2026-01-29', '2026-11-28', '2026-11-29', '2026-12-29', '2025-11-30']) {
      await write(journal, day);
    }
    const trashed = await write(journal, '2026-05-29');
    await call(journal, 'entries.trash', { id: trashed });
    expect(await dates(journal)).toEqual(['2026-01-29', '2025-11-29', '2024-02-29']);
    expect(await dates(journal, '2028-02-29')).toEqual(['2026-12-29', '2026-11-29', '2026-01-29', '2025-11-29', '2024-02-29']);
  });

  it('leaves out entries from chosen templates and tags, keeping entries without a template', async ({ journal }) => {
    await write(journal, '2025-11-29', { templateId: 'post-mortem' });
    await write(journal, '2025-10-29', { tags: ['Him'] });
    await write(journal, '2025-09-29', { templateId: 'empathy', tags: ['growth'] });
    await write(journal, '2025-08-29');
    await call(journal, 'settings.update', {
      onThisDay: { enabled: true, excludeTemplateIds: ['post-mortem'], excludeTags: ['him'] },
    });
    expect(await dates(journal)).toEqual(['2025-09-29', '2025-08-29']);
    await call(journal, 'settings.update', { onThisDay: { enabled: true, excludeTemplateIds: [], excludeTags: ['growth'] } });
    expect(await dates(journal)).toEqual(['2025-11-29', '2025-10-29', '2025-08-29']);
  });

  it('refuses settings naming no real template, and a date that is not one', async ({ journal }) => {
    const bad = { enabled: true, excludeTemplateIds: ['not-a-template'], excludeTags: [] };
    expect(await journal.dispatch('settings.update', { onThisDay: bad })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await journal.dispatch('settings.update', { statsHidden: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await journal.dispatch('entries.onThisDay', { date: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect((await call(journal, 'settings.get')).onThisDay.enabled).toBe(false);
  });

  it('keeps the choices across lock and unlock, and hides stats when asked', async ({ journal }) => {
    await call(journal, 'settings.update', {
      onThisDay: { enabled: true, excludeTemplateIds: ['empathy'], excludeTags: ['x'] },
      statsHidden: true,
    });
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: 'a good long passphrase' });
    expect(await call(journal, 'settings.get')).toMatchObject({
      onThisDay: { enabled: true, excludeTemplateIds: ['empathy'], excludeTags: ['x'] },
      statsHidden: true,
    });
  });
});
