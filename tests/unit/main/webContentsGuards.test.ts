import { describe, expect, it, vi } from 'vitest';
import { guardWebContents } from '../../../electron/main/webContentsGuards';

function fakeContents() {
  const listeners = new Map<string, (event: { url?: string; preventDefault: () => void }) => void>();
  let windowOpenHandler: (() => unknown) | undefined;
  return {
    on: (name: string, listener: (event: { url?: string; preventDefault: () => void }) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: () => unknown) => (windowOpenHandler = handler),
    fire(name: string, url?: string) {
      const preventDefault = vi.fn();
      listeners.get(name)?.({ url, preventDefault });
      return preventDefault.mock.calls.length > 0;
    },
    openWindow: () => windowOpenHandler?.(),
  };
}

describe('guardWebContents', () => {
  it.each([
    ['app://afterword/index.html', false],
    ['https://example.com/', true],
    ['file:///etc/passwd', true],
    ['http://localhost:5173/', true],
  ])('navigation to %s prevented: %s', (url, prevented) => {
    const contents = fakeContents();
    guardWebContents(contents as never, null);
    expect(contents.fire('will-navigate', url)).toBe(prevented);
    expect(contents.fire('will-redirect', url)).toBe(prevented);
  });

  it('lets the dev server navigate while developing', () => {
    const contents = fakeContents();
    guardWebContents(contents as never, 'http://localhost:5173');
    expect(contents.fire('will-navigate', 'http://localhost:5173/')).toBe(false);
  });

  it('denies every new window and every <webview>', () => {
    const contents = fakeContents();
    guardWebContents(contents as never, null);
    expect(contents.openWindow()).toEqual({ action: 'deny' });
    expect(contents.fire('will-attach-webview')).toBe(true);
  });
});
