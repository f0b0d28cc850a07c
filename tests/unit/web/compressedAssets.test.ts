// The host sends the build's brotli or gzip copy of a static file as the browser's Accept-Encoding allows, and says it varies.
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptedEncodings } from '../../../electron/web/contentEncoding';
import { rawRequest } from '../helpers/rawRequest';
import { startTestHost, type TestHost } from '../helpers/testHost';

const SCRIPT = `console.log(${JSON.stringify('afterword '.repeat(400))});`;

let host: TestHost;
beforeEach(async () => {
  host = await startTestHost();
  const dir = path.join(host.dataDir, '..', 'renderer');
  writeFileSync(path.join(dir, 'app.js'), SCRIPT);
  writeFileSync(path.join(dir, 'app.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(path.join(dir, 'app.js.gz'), gzipSync(SCRIPT));
  writeFileSync(path.join(dir, 'plain.css'), 'body{}');
});
afterEach(() => host.stop());

/** The response body as bytes (rawRequest decodes to text, which would spoil compressed bytes). */
function get(file: string, acceptEncoding?: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    const req = http.get({ host: '127.0.0.1', port: host.port, path: `/${file}`, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

describe('compressed static files', () => {
  it('sends the brotli copy to a browser that accepts it, marked and varying by Accept-Encoding', async () => {
    const { headers, body } = await get('app.js', 'gzip, deflate, br, zstd');
    expect(headers['content-encoding']).toBe('br');
    expect(headers['vary']).toBe('Accept-Encoding');
    expect(headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('sends gzip when brotli is not accepted, and the file itself when nothing is', async () => {
    const gzip = await get('app.js', 'gzip;q=1.0, br;q=0');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);
    const plain = await get('app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('sends a file without a compressed copy as it is', async () => {
    const { headers, body } = await get('plain.css', 'br, gzip');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString()).toBe('body{}');
  });

  it('answers 404 for a file that is not there, whatever the encodings', async () => {
    expect((await rawRequest(host.port, { path: '/missing.js', headers: { 'accept-encoding': 'br' } })).status).toBe(404);
  });

  it('reads Accept-Encoding as browsers write it', () => {
    expect(acceptedEncodings('gzip, deflate, br')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});
