import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  permissionRequest: undefined as undefined | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
  permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
  beforeRequest: undefined as undefined | ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void),
}));
vi.mock('electron', () => ({
  app: { on: (name: string, listener: (...args: unknown[]) => void) => electron.appListeners.set(name, listener) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof electron.permissionRequest) => (electron.permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof electron.permissionCheck) => (electron.permissionCheck = handler),
      webRequest: { onBeforeRequest: (listener: typeof electron.beforeRequest) => (electron.beforeRequest = listener) },
      setSpellCheckerDictionaryDownloadURL: () => {},
      setSpellCheckerEnabled: () => {},
    },
  },
}));

const { guardAllWebContents, hardenDefaultSession } = await import('../../../electron/main/security');

describe('hardenDefaultSession', () => {
  hardenDefaultSession({ devOrigin: null, devToolsAllowed: false });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('refuses the %s permission', (permission) => {
    const callback = vi.fn();
    electron.permissionRequest?.({}, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(electron.permissionCheck?.(null, permission, 'app://afterword', {})).toBe(false);
  });

  it.each([
    ['app://afterword/index.html', false],
    ['https://example.com/tracker.gif', true],
    ['http://127.0.0.1:9/', true],
  ])('request to %s cancelled: %s', (url, cancel) => {
    const callback = vi.fn();
    electron.beforeRequest?.({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel });
  });
});

describe('guardAllWebContents', () => {
  it('guards every webContents as it is created', () => {
    guardAllWebContents(null);
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.appListeners.get('web-contents-created')?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.on.mock.calls.map(([name]) => name)).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
  });
});
