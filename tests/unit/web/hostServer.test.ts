import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../../electron/web/hostServer';
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
    const res = await rawRequest(port, { path: '/api/vault.status', method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: Buffer.alloc(MAX_BODY_BYTES + 1, 32) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const res = await rawRequest(port, { path: '/api/vault.status', method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: '{nope' });
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
});
