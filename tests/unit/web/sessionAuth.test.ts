import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseToken, TOKEN_FLAG_WARNING } from '../../../electron/web/hostToken';
import { writeRedirectFile } from '../../../electron/web/openInBrowser';
import { SessionAuth } from '../../../electron/web/sessionAuth';
import { rawRequest } from '../helpers/rawRequest';
import { startTestHost, TEST_TOKEN, type TestHost } from '../helpers/testHost';

const LINK = 'link-token-0123456789abcdef';

describe('session cookie in exchange for the one-time link token', () => {
  it('gives an HttpOnly, SameSite=Strict cookie scoped to /api once, and authorises by it or by the Bearer token', () => {
    const auth = new SessionAuth(TEST_TOKEN, LINK, () => 5199);
    expect(auth.exchange('wrong-link-0123456789')).toBeNull();
    const cookie = auth.exchange(LINK)!;
    expect(cookie).toMatch(/^afterword_session_5199=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/api$/);
    expect(auth.exchange(LINK)).toBeNull();
    const pair = cookie.split(';')[0]!;
    expect(auth.authorised({ cookie: `other=1; ${pair}` })).toBe(true);
    expect(auth.authorised({ authorization: `Bearer ${TEST_TOKEN}` })).toBe(true);
    expect(auth.authorised({ cookie: `${pair}x` })).toBe(false);
    expect(auth.authorised({ cookie: pair.replace('5199', '5200') })).toBe(false);
    expect(auth.authorised({})).toBe(false);
  });
});

describe('the Bearer token comes from the environment, not the command line', () => {
  it('prefers AFTERWORD_TOKEN, warns about --token, and refuses a malformed environment token', () => {
    expect(chooseToken('flag-token-0123456789', { AFTERWORD_TOKEN: 'env-token-0123456789' })).toEqual({
      token: 'env-token-0123456789',
      warning: null,
    });
    expect(chooseToken('flag-token-0123456789', {})).toEqual({ token: 'flag-token-0123456789', warning: TOKEN_FLAG_WARNING });
    expect(chooseToken(undefined, {}).token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(() => chooseToken(undefined, { AFTERWORD_TOKEN: 'short' })).toThrow(/AFTERWORD_TOKEN must be/);
  });

  it('opens the browser on a private redirect file, so the link is on no command line', () => {
    const url = 'http://127.0.0.1:5199/#token=abc"<x>&y';
    const { file, remove } = writeRedirectFile(url);
    try {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      expect(readFileSync(file, 'utf8')).toContain('url=http://127.0.0.1:5199/#token=abc&quot;&lt;x>&amp;y');
    } finally {
      remove();
    }
  });
});

describe('the host exchanges the link over HTTP', () => {
  let host: TestHost;
  beforeAll(async () => (host = await startTestHost({}, { linkToken: LINK })));
  afterAll(() => host.stop());

  it('sets the cookie once; the events stream and methods accept it; the spent link is refused', async () => {
    const session = (authorization: string) => rawRequest(host.port, { path: '/api/session', method: 'POST', headers: { authorization } });
    expect((await session('Bearer nope-0123456789')).status).toBe(401);
    const first = await session(`Bearer ${LINK}`);
    expect(first.status).toBe(200);
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    expect((await session(`Bearer ${LINK}`)).status).toBe(401);
    const status = await rawRequest(host.port, { path: '/api/vault.status', method: 'POST', headers: { cookie }, body: '{}' });
    expect(JSON.parse(status.body)).toMatchObject({ ok: true });
    const events = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, path: '/api/events', headers: { host: `127.0.0.1:${host.port}`, cookie } },
        (res) => {
          resolve(res.statusCode ?? 0);
          res.destroy();
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(events).toBe(200);
  });
});
