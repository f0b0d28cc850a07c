import { describe, expect, it } from 'vitest';
import { devServerOrigin, isRendererUrl, RENDERER_ENTRY_URL } from '../../../electron/main/rendererOrigin';

describe('devServerOrigin', () => {
  it('is null for the built app and ignores the variable once packaged', () => {
    expect(devServerOrigin(undefined, false)).toBeNull();
    expect(devServerOrigin('', false)).toBeNull();
    expect(devServerOrigin('http://localhost:5173', true)).toBeNull();
    expect(devServerOrigin('https://evil.example', true)).toBeNull();
  });

  it.each([
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['http://127.0.0.1:5173/index.html', 'http://127.0.0.1:5173'],
    ['https://[::1]:5173', 'https://[::1]:5173'],
  ])('accepts the loopback dev server %s', (url, origin) => {
    expect(devServerOrigin(url, false)).toBe(origin);
  });

  it.each(['https://evil.example', 'http://localhost.evil.example:5173', 'file:///etc/passwd', 'app://afterword', 'not a url'])(
    'refuses %s loudly rather than loading it',
    (url) => {
      expect(() => devServerOrigin(url, false)).toThrow(/loopback/);
    },
  );
});

describe('isRendererUrl', () => {
  it.each([
    [RENDERER_ENTRY_URL, null, true],
    ['app://afterword/', null, true],
    ['app://afterword/assets/index.js?x=1#y', null, true],
    // Chromium hands us canonical lower-case hosts; anything else is not ours.
    ['app://AFTERWORD/index.html', null, false],
    ['app://other/index.html', null, false],
    ['app://afterword.evil/index.html', null, false],
    ['app://afterword@evil/index.html', null, false],
    ['http://localhost:5173/', null, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['http://localhost:5173.evil.example/', 'http://localhost:5173', false],
    ['https://localhost:5173/', 'http://localhost:5173', false],
    ['file:///work/out/renderer/index.html', null, false],
    ['about:blank', null, false],
    ['', null, false],
  ])('%s (dev %s) → %s', (url, devOrigin, expected) => {
    expect(isRendererUrl(url, devOrigin)).toBe(expected);
  });
});
