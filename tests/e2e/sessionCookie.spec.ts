// The printed link's token is spent on first load for an HttpOnly, SameSite=Strict cookie scoped to /api; the link then opens nothing.
import { expect, test } from './fixtures/test';

test('the link token becomes a private cookie on first load, and the link stops working', async ({ page, host, browser, playwright }) => {
  await expect(page.getByRole('heading', { name: /Create your journal|Welcome/i }).first()).toBeVisible();
  // The address bar no longer shows the token.
  expect(page.url()).not.toContain('token=');
  const cookies = await page.context().cookies();
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({
    name: `afterword_session_${new URL(host.url).port}`,
    httpOnly: true,
    sameSite: 'Strict',
    path: '/api',
  });
  // Script in the page cannot read it.
  expect(await page.evaluate('document.cookie')).toBe('');

  // The same link, from history or another user's process list, in another browser: refused, and no cookie given.
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto(host.url);
  await expect(stranger.getByText(/already used|Missing or wrong access token/).first()).toBeVisible();
  expect(await other.cookies()).toEqual([]);
  await other.close();
  const api = await playwright.request.newContext();
  const linkToken = host.url.split('#token=')[1]!;
  expect((await api.post(`${host.url.split('#')[0]}api/session`, { headers: { authorization: `Bearer ${linkToken}` } })).status()).toBe(
    401,
  );
  // Scripts keep the Bearer token.
  expect(
    (
      await api.post(`${host.url.split('#')[0]}api/vault.status`, { headers: { authorization: `Bearer ${host.token}` }, data: {} })
    ).status(),
  ).toBe(200);
  await api.dispose();

  // A reload keeps working on the cookie alone, events included (the page shows its first screen again).
  await page.reload();
  await expect(page.getByRole('heading').first()).toBeVisible();
  expect((await page.request.post(`${host.url.split('#')[0]}api/vault.status`, { data: {} })).status()).toBe(200);
});
