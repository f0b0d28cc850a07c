import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  permissionRequest: undefined as
    undefined | ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void),
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

const { guardAllWebContents, hardenDefaultSession, keepEverySessionLocal } = await import('../../../electron/main/security');

const mainWindow = { id: 7, getURL: () => 'app://afterword/index.html' };
const otherContents = { id: 8, getURL: () => 'app://afterword/index.html' };

describe('hardenDefaultSession', () => {
  hardenDefaultSession({ devOrigin: null, devToolsAllowed: false }, () => mainWindow as never);

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('refuses the %s permission', (permission) => {
    const callback = vi.fn();
    electron.permissionRequest?.(mainWindow, permission, callback, { requestingUrl: 'app://afterword/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(electron.permissionCheck?.(mainWindow, permission, 'app://afterword', {})).toBe(false);
  });

  // session.md: navigator.clipboard.writeText asks for 'clipboard-sanitized-write'; refusing it broke "Copy code".
  it('lets the main window showing our renderer write to the clipboard, and nobody else', () => {
    const answers: boolean[] = [];
    electron.permissionRequest?.(mainWindow, 'clipboard-sanitized-write', (granted) => answers.push(granted), {
      requestingUrl: 'app://afterword/index.html',
    });
    electron.permissionRequest?.(otherContents, 'clipboard-sanitized-write', (granted) => answers.push(granted), {
      requestingUrl: 'app://afterword/index.html',
    });
    electron.permissionRequest?.(mainWindow, 'clipboard-sanitized-write', (granted) => answers.push(granted), {
      requestingUrl: 'https://example.com/',
    });
    expect(answers).toEqual([true, false, false]);
    expect(electron.permissionCheck?.(mainWindow, 'clipboard-sanitized-write', 'app://afterword', {})).toBe(true);
    expect(electron.permissionCheck?.(null, 'clipboard-sanitized-write', 'app://afterword', {})).toBe(false);
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

describe('keepEverySessionLocal', () => {
  // app.md 'session-created'; electron#22995: dictionaries load for every session, the print window's included.
  it('points every session the app creates at a dictionary URL that never leaves the machine', () => {
    keepEverySessionLocal();
    const created = { setSpellCheckerDictionaryDownloadURL: vi.fn(), setSpellCheckerEnabled: vi.fn() };
    electron.appListeners.get('session-created')?.(created);
    expect(created.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith('http://127.0.0.1:9/');
    expect(created.setSpellCheckerEnabled).toHaveBeenCalledWith(process.platform === 'darwin');
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
