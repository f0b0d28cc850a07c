import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/contentSecurityPolicy';
import { createRendererFileHandler } from '../../../electron/main/rendererFileHandler';

let workDir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'afterword-renderer-'));
  const root = path.join(workDir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Afterword</title>');
  writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(path.join(workDir, 'secret.txt'), 'not for the renderer');
  handle = createRendererFileHandler(root);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('createRendererFileHandler', () => {
  it('serves index.html for the root with its type and the strict CSP', async () => {
    const response = await handle(new Request('app://afterword/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Afterword</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handle(new Request('app://afterword/assets/index.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://afterword/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['a missing file', 'app://afterword/missing.js', 404],
    ['a folder', 'app://afterword/assets', 404],
    ['a file beside the build folder', 'app://afterword/..%2fsecret.txt', 403],
    ['another host', 'app://other/index.html', 403],
  ])('refuses %s, still with the CSP', async (_why, url, status) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('not for the renderer');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://afterword/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows our own scripts only and nothing over the network', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});
