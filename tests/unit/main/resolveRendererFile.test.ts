import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from '../../../electron/shell/mimeTypes';
import { resolveRendererFile } from '../../../electron/main/resolveRendererFile';

const root = path.resolve('/srv/out/renderer');

describe('resolveRendererFile', () => {
  it.each([
    ['app://afterword/', 'index.html'],
    ['app://afterword', 'index.html'],
    ['app://afterword/index.html', 'index.html'],
    ['app://afterword/assets/index-abc.js?v=1#top', 'assets/index-abc.js'],
    ['app://afterword/assets/My%20Font.woff2', 'assets/My Font.woff2'],
    ['app://afterword/assets/../index.html', 'index.html'],
    // The URL parser already folds encoded dot segments, so these stay inside the folder.
    ['app://afterword/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
  ])('%s → %s', (url, relative) => {
    expect(resolveRendererFile(root, url)).toEqual({ ok: true, filePath: path.join(root, relative) });
  });

  it.each([
    'app://afterword/..%2f..%2fetc/passwd',
    'app://afterword/assets/..%2F..%2F..%2Fsecret',
    'app://afterword/index.html%00.png',
    'app://other/index.html',
    'https://afterword/index.html',
  ])('refuses %s', (url) => {
    const resolved = resolveRendererFile(root, url);
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) expect(resolved.status).toBe(403);
  });

  it('answers 404 to a URL that does not decode', () => {
    expect(resolveRendererFile(root, 'app://afterword/%E0%A4%A')).toEqual({ ok: false, status: 404 });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/app.CSS', 'text/css; charset=utf-8'],
    ['fonts/source-serif-4.woff2', 'font/woff2'],
    ['icon.svg', 'image/svg+xml'],
    ['photo.jpeg', 'image/jpeg'],
    ['README', 'application/octet-stream'],
    ['archive.exe', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
