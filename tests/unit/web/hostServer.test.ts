import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journal } from '../../../electron/core/journal';
import { createHostServer, MAX_BODY_BYTES } from '../../../electron/web/hostServer';
import { makeTempDir, openTestJournal } from '../helpers/tempJournal';

const TOKEN = 'test-token-0123456789abcdef';

/** Raw requests, so Host and Origin headers can be set to anything (fetch forbids that). */
function request(port: number, options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser host', () => {
  let journal: Journal;
  let server: http.Server;
  let port: number;
  let cleanup: () => void;
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    request(port, { path: `/api/${method}`, method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const rendererDir = path.join(temp.dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Afterword</title>');
    journal = openTestJournal(path.join(temp.dir, 'data'));
    ({ server } = createHostServer({ journal, token: TOKEN, port: 0, rendererDir }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    journal.close();
    cleanup();
  });

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
    expect((await request(port, { path: '/', headers: { host: 'attacker.example' } })).status).toBe(403);
  });

  it('answers 413 to an oversize body', async () => {
    const res = await request(port, { path: '/api/vault.status', method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: Buffer.alloc(MAX_BODY_BYTES + 1, 32) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const res = await request(port, { path: '/api/vault.status', method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: '{nope' });
    expect(res.status).toBe(400);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const res = await request(port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Afterword</title>');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request(port, { path: '/../../etc/passwd' })).status).toBe(404);
  });
});
