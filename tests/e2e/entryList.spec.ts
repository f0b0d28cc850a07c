// The entry list pages through a long journal: older entries load on demand, once, however quickly the button is pressed.
import { expect, test } from './fixtures/test';
import { createJournal, entryList } from './fixtures/journalSteps';

test('double-clicking Show older entries appends the page once', async ({ page, host }) => {
  await createJournal(page);
  const api = (method: string, data: object) =>
    page.request.post(`${host.url.split('#')[0]}api/${method}`, { headers: { authorization: `Bearer ${host.token}` }, data });
  for (let day = 1; day <= 60; day += 1) {
    const entryDate = `2026-${String(Math.ceil(day / 28)).padStart(2, '0')}-${String(((day - 1) % 28) + 1).padStart(2, '0')}`;
    expect((await api('entries.create', { entryDate, title: `Day ${day}` })).ok()).toBe(true);
  }
  await page.reload();
  const rows = entryList(page).getByRole('listitem');
  await expect(rows).toHaveCount(50);

  const listRequests: string[] = [];
  page.on('request', (request) => request.url().endsWith('/api/entries.list') && listRequests.push(request.url()));
  await page.getByRole('button', { name: 'Show older entries' }).dblclick();

  await expect(rows).toHaveCount(60);
  await expect(page.getByRole('button', { name: 'Show older entries' })).toHaveCount(0);
  await expect(rows.last()).toContainText('Day 1');
  expect(listRequests).toHaveLength(1);
});
