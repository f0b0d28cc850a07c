// The Electron entry point's lifecycle, driven through a fake electron (Electron itself cannot run here).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, methodNames } from '../../../electron/contract/methodNames';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const state = {
    calls: [] as string[],
    appListeners: new Map<string, Listener>(),
    powerListeners: new Map<string, Listener>(),
    windows: [] as { options: Record<string, any>; url?: string; focused: boolean; listeners: Map<string, Listener> }[],
    ipcChannels: [] as string[],
    errorBoxes: [] as string[],
    singleInstance: true,
    folderInUse: false,
    appPath: '',
    journal: {
      lock: (_reason: string) => {},
      requestLock: async (_reason: string, _graceMs?: number) => {},
      isUnlocked: () => true,
      close: () => {},
      dispatch: async () => ({ ok: true }),
      onEvent: () => () => {},
    },
    createJournalOptions: undefined as unknown,
    journalWorkerScript: '',
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => fake.windows;
    private readonly record;
    webContents = { id: 1, isDestroyed: () => false, send: () => {} };
    constructor(options: Record<string, any>) {
      this.record = { options, focused: false, listeners: new Map<string, Listener>() } as (typeof fake.windows)[number];
      fake.windows.push(this.record);
    }
    once(name: string, listener: Listener) {
      this.record.listeners.set(name, listener);
    }
    on(name: string, listener: Listener) {
      this.record.listeners.set(name, listener);
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    maximize() {}
    getNormalBounds = () => ({ x: 0, y: 0, width: 1100, height: 780 });
    close() {
      fake.calls.push('window.close');
    }
    restore() {}
    focus() {
      this.record.focused = true;
    }
    show() {}
  }
  return {
    app: {
      isPackaged: false,
      setName: (name: string) => fake.calls.push(`setName:${name}`),
      getPath: (name: string) => `/fake/${name}`,
      setPath: (name: string, value: string) => fake.calls.push(`setPath:${name}=${value}`),
      enableSandbox: () => fake.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => fake.singleInstance,
      quit: () => fake.calls.push('quit'),
      on: (name: string, listener: Listener) => fake.appListeners.set(name, listener),
      whenReady: () => {
        fake.calls.push('whenReady');
        return Promise.resolve();
      },
      isReady: () => true,
      getAppPath: () => fake.appPath,
    },
    BrowserWindow,
    dialog: { showErrorBox: (title: string) => fake.errorBoxes.push(title) },
    powerMonitor: { on: (name: string, listener: Listener) => fake.powerListeners.set(name, listener), getSystemIdleState: () => 'active' },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    nativeTheme: { shouldUseDarkColors: false },
    protocol: {
      registerSchemesAsPrivileged: () => fake.calls.push('registerSchemesAsPrivileged'),
      handle: () => fake.calls.push('protocol.handle'),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => fake.calls.push('permissions'),
        setPermissionCheckHandler: () => {},
        webRequest: { onBeforeRequest: () => fake.calls.push('onBeforeRequest') },
        setSpellCheckerDictionaryDownloadURL: () => fake.calls.push('dictionaryURL'),
        setSpellCheckerEnabled: () => {},
      },
    },
    ipcMain: { handle: (channel: string) => fake.ipcChannels.push(channel) },
    Menu: { setApplicationMenu: () => fake.calls.push('menu'), buildFromTemplate: (template: unknown) => template },
    Notification: class {
      static isSupported = () => true;
      show() {
        fake.calls.push('notification');
      }
    },
  };
});

vi.mock('../../../electron/core/fs/dataDirLock', () => ({
  acquireDataDirLock: (dataDir: string) => {
    if (fake.folderInUse) throw new Error('This journal is already open in another copy of Afterword (process 4242).');
    fake.calls.push(`lockFolder:${dataDir}`);
    return { file: `${dataDir}/afterword.lock`, release: () => fake.calls.push('releaseFolder') };
  },
}));

vi.mock('../../../electron/core/worker/workerJournal', () => ({
  startWorkerJournal: (script: string, options: unknown) => {
    fake.journalWorkerScript = script;
    fake.createJournalOptions = options;
    return fake.journal;
  },
}));

const appDir = mkdtempSync(path.join(os.tmpdir(), 'afterword-app-'));
afterAll(() => rmSync(appDir, { recursive: true, force: true }));

async function startApp(options: { singleInstance?: boolean; bindingBuilt?: boolean; folderInUse?: boolean } = {}) {
  fake.calls = [];
  fake.appListeners.clear();
  fake.powerListeners.clear();
  fake.windows = [];
  fake.ipcChannels = [];
  fake.errorBoxes = [];
  fake.createJournalOptions = undefined;
  fake.singleInstance = options.singleInstance ?? true;
  fake.folderInUse = options.folderInUse ?? false;
  fake.appPath = path.join(appDir, options.bindingBuilt === false ? 'unbuilt' : 'built');
  if (options.bindingBuilt !== false) {
    mkdirSync(path.join(fake.appPath, '.electron-native'), { recursive: true });
    writeFileSync(path.join(fake.appPath, '.electron-native', 'better_sqlite3.node'), '');
  }
  fake.journal.lock = vi.fn();
  fake.journal.requestLock = vi.fn(async () => {});
  fake.journal.close = vi.fn();
  vi.resetModules();
  await import('../../../electron/main/index');
  await new Promise((resolve) => setImmediate(resolve));
}

describe('main process lifecycle', () => {
  beforeEach(() => {
    delete process.env.ELECTRON_RENDERER_URL;
  });

  it('names the app, pins userData, sandboxes renderers and registers app:// before ready', async () => {
    await startApp();
    const beforeReady = fake.calls.slice(0, fake.calls.indexOf('whenReady'));
    expect(beforeReady).toEqual([
      'setName:Afterword',
      `setPath:userData=${path.join('/fake/appData', 'Afterword')}`,
      `setPath:sessionData=${path.join('/fake/userData', 'Chromium')}`,
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'lockFolder:/fake/userData',
    ]);
    // Every session Chromium makes gets the spellcheck lock-down, and it is registered before any can exist.
    expect(fake.appListeners.has('session-created')).toBe(true);
  });

  it("keeps the journal in userData while Chromium's own data moves to userData/Chromium", async () => {
    await startApp();
    expect(fake.createJournalOptions).toMatchObject({ dataDir: '/fake/userData' });
  });

  it('opens the journal in a worker thread, in userData with the Electron-ABI module, and wires every contract method', async () => {
    await startApp();
    expect(path.basename(fake.journalWorkerScript)).toBe('journalWorker.js');
    expect(fake.createJournalOptions).toMatchObject({
      dataDir: '/fake/userData',
      nativeBinding: path.join(fake.appPath, '.electron-native', 'better_sqlite3.node'),
    });
    expect(fake.ipcChannels.sort()).toEqual(methodNames.map(ipcChannel).sort());
  });

  it('hardens the session, serves app://, installs the menu and opens one hardened window once ready', async () => {
    await startApp();
    expect(fake.calls).toEqual(expect.arrayContaining(['permissions', 'onBeforeRequest', 'dictionaryURL', 'protocol.handle', 'menu']));
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window?.url).toBe('app://afterword/index.html');
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(window?.options.webPreferences.preload).toMatch(/preload[/\\]index\.js$/);
  });

  it('asks the renderer to save, then locks, on quit, suspend, screen lock and window close; closes the journal when quitting', async () => {
    await startApp();
    const preventDefault = vi.fn();
    fake.appListeners.get('before-quit')?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
    fake.powerListeners.get('suspend')?.();
    fake.powerListeners.get('lock-screen')?.();
    fake.windows[0]?.listeners.get('close')?.({ preventDefault });
    expect(vi.mocked(fake.journal.requestLock).mock.calls.map(([reason]) => reason)).toEqual(['quit', 'suspend', 'screen-lock', 'user']);
    fake.windows[0]?.listeners.get('closed')?.();
    expect(vi.mocked(fake.journal.lock).mock.calls).toEqual([['user']]);
    fake.appListeners.get('will-quit')?.();
    expect(fake.journal.close).toHaveBeenCalledOnce();
    expect(fake.calls).toContain('releaseFolder');
  });

  it('locks the data folder before opening the journal', async () => {
    await startApp();
    expect(fake.calls.indexOf('lockFolder:/fake/userData')).toBeGreaterThanOrEqual(0);
    expect(fake.createJournalOptions).toBeDefined();
  });

  it('explains and quits when another Afterword (a browser host) holds the data folder', async () => {
    await startApp({ folderInUse: true });
    expect(fake.errorBoxes).toEqual(['Afterword is already open']);
    expect(fake.calls).toContain('quit');
    expect(fake.createJournalOptions).toBeUndefined();
    expect(fake.windows).toHaveLength(0);
  });

  it('focuses the existing window when a second copy is started', async () => {
    await startApp();
    fake.appListeners.get('second-instance')?.();
    expect(fake.windows[0]?.focused).toBe(true);
  });

  it('opens a window when a second copy is started after the window was closed (macOS keeps running)', async () => {
    await startApp();
    fake.windows[0]?.listeners.get('closed')?.();
    fake.appListeners.get('second-instance')?.();
    expect(fake.windows).toHaveLength(2);
  });

  it('locks on Windows session end, where neither before-quit nor will-quit is emitted', async () => {
    await startApp();
    fake.windows[0]?.listeners.get('query-session-end')?.({});
    fake.windows[0]?.listeners.get('session-end')?.({});
    expect(vi.mocked(fake.journal.requestLock).mock.calls.map(([reason]) => reason)).toEqual(['quit']);
    expect(vi.mocked(fake.journal.lock).mock.calls).toEqual([['quit']]);
  });

  it('quits at once when another copy already holds the lock', async () => {
    await startApp({ singleInstance: false });
    expect(fake.calls).toContain('quit');
    expect(fake.createJournalOptions).toBeUndefined();
    expect(fake.windows).toHaveLength(0);
  });

  it('explains and quits when the Electron-ABI module has not been built', async () => {
    await startApp({ bindingBuilt: false });
    expect(fake.errorBoxes).toEqual(['Afterword cannot open its database']);
    expect(fake.calls).toContain('quit');
    expect(fake.windows).toHaveLength(0);
  });

  it('loads the dev server when electron-vite dev provides one', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    await startApp();
    expect(fake.windows[0]?.url).toBe('http://localhost:5173/');
  });
});
