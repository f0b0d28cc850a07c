import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../electron/web/hostServer';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/contentSecurityPolicy';
import { rawRequest } from '../helpers/rawRequest';
import { startTestHost, TEST_TOKEN as TOKEN, type TestHost } from '../helpers/testHost';

describe('browser host', () => {
  let host: TestHost;
  let port: number;
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) => host.api(method, body, headers);

  beforeAll(async () => {
    host = await startTestHost();
    port = host.port;
  });
  afterAll(() => host.stop());

  it('answers a contract method with the result envelope', async () => {
    const res = await api('vault.status', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { exists: false, unlocked: false } });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('carries error envelopes with codes', async () => {
    const res = await api('entries.list', {});
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('answers 401 without a token or with a wrong one', async () => {
    expect((await api('vault.status', {}, { authorization: '' })).status).toBe(401);
    expect((await api('vault.status', {}, { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
  });

  it('answers 403 to a foreign Host or Origin, even with the token', async () => {
    expect((await api('vault.status', {}, { host: 'attacker.example' })).status).toBe(403);
    expect((await api('vault.status', {}, { origin: 'http://attacker.example' })).status).toBe(403);
    expect((await rawRequest(port, { path: '/', headers: { host: 'attacker.example' } })).status).toBe(403);
  });

  it('answers 413 to an oversize body', async () => {
    const res = await rawRequest(port, {
      path: '/api/vault.status',
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: Buffer.alloc(MAX_BODY_BYTES + 1, 32),
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const res = await rawRequest(port, {
      path: '/api/vault.status',
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: '{nope',
    });
    expect(res.status).toBe(400);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const res = await rawRequest(port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Afterword</title>');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await rawRequest(port, { path: '/../../etc/passwd' })).status).toBe(404);
  });

  it('answers 401 to every API path without the token: events too, and a token anywhere but the Authorization header', async () => {
    const unauthorized = [
      rawRequest(port, { path: '/api/events' }),
      rawRequest(port, { path: `/api/vault.status?token=${TOKEN}`, method: 'POST', body: '{}' }),
      api('vault.status', {}, { authorization: `bearer ${TOKEN}` }),
      api('vault.status', {}, { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }),
      api('vault.status', {}, { authorization: `Bearer ${TOKEN.slice(0, -1)}` }),
      api('vault.create', { passphrase: 'a passphrase that must not be used' }, { authorization: '' }),
    ];
    for (const res of await Promise.all(unauthorized)) {
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(JSON.parse((await api('vault.status', {})).body)).toMatchObject({ value: { exists: false } });
  });

  it('answers 403 to DNS-rebinding hosts and look-alike origins', async () => {
    const attempts: Array<Record<string, string>> = [
      { host: `localhost.attacker.example:${port}` },
      { host: `127.0.0.1.nip.io:${port}` },
      { host: `127.0.0.1:${port + 1}` },
      { origin: 'null' },
      { origin: `https://127.0.0.1:${port}` },
      { origin: `http://127.0.0.1:${port}.attacker.example` },
    ];
    for (const headers of attempts) {
      expect((await api('vault.status', {}, headers)).status, JSON.stringify(headers)).toBe(403);
    }
  });

  it('answers 413 from the declared length alone, and to a body that streams past the limit without declaring it', async () => {
    const declared = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/vault.status',
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-length': String(MAX_BODY_BYTES + 1) },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(declared).toBe(413);
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/vault.status',
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 32);
      for (let sent = 0; sent <= MAX_BODY_BYTES; sent += chunk.length) req.write(chunk);
      req.end();
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).error.message).toMatch(/larger than 32 MiB, so nothing was changed/);
  });

  it('puts the security headers on every answer: API, errors, refusals and static files', async () => {
    const answers = await Promise.all([
      api('vault.status', {}),
      api('vault.status', {}, { authorization: '' }),
      api('vault.status', {}, { host: 'attacker.example' }),
      rawRequest(port, { path: '/api/vault.status', method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: '{nope' }),
      rawRequest(port, { path: '/' }),
      rawRequest(port, { path: '/missing.js' }),
    ]);
    for (const res of answers) {
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
    for (const res of answers.slice(0, 4)) expect(res.headers['cache-control']).toBe('no-store');
    expect(CONTENT_SECURITY_POLICY).toMatch(/connect-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/);
  });
});
