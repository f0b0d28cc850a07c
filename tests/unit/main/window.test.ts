// The main window's webPreferences, read from the options createMainWindow hands a fake BrowserWindow: flipping any switch fails here.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ isPackaged: false, options: undefined as undefined | { webPreferences: Record<string, unknown> } }));
vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return fake.isPackaged;
    },
  },
  nativeTheme: { shouldUseDarkColors: false },
  BrowserWindow: class {
    constructor(options: { webPreferences: Record<string, unknown> }) {
      fake.options = options;
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  },
}));

const { createMainWindow } = await import('../../../electron/main/window');

const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
function webPreferences(options: { isPackaged: boolean; platform: NodeJS.Platform }) {
  fake.isPackaged = options.isPackaged;
  Object.defineProperty(process, 'platform', { value: options.platform });
  try {
    createMainWindow(null);
  } finally {
    Object.defineProperty(process, 'platform', platform);
  }
  return fake.options!.webPreferences;
}

describe('main window webPreferences', () => {
  beforeEach(() => {
    fake.options = undefined;
  });

  it.each([
    { isPackaged: true, platform: 'linux' },
    { isPackaged: false, platform: 'win32' },
    { isPackaged: true, platform: 'darwin' },
  ] as const)('isolate and sandbox the renderer, with no Node, no webviews and no insecure content (%j)', (context) => {
    expect(webPreferences(context)).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('sets no switch that loosens the sandbox or adds Blink features', () => {
    const prefs = webPreferences({ isPackaged: true, platform: 'linux' });
    for (const key of ['enableBlinkFeatures', 'additionalArguments', 'enableRemoteModule', 'plugins', 'enableWebSQL']) {
      expect([undefined, false]).toContain(prefs[key]);
    }
    expect(prefs.preload).toMatch(/preload[/\\]index\.js$/);
  });

  it('has no DevTools in a packaged app, and DevTools while developing', () => {
    expect(webPreferences({ isPackaged: true, platform: 'linux' }).devTools).toBe(false);
    expect(webPreferences({ isPackaged: true, platform: 'darwin' }).devTools).toBe(false);
    expect(webPreferences({ isPackaged: false, platform: 'linux' }).devTools).toBe(true);
  });

  it('spellchecks only on macOS, where the OS dictionaries need no download', () => {
    expect(webPreferences({ isPackaged: true, platform: 'darwin' }).spellcheck).toBe(true);
    expect(webPreferences({ isPackaged: true, platform: 'linux' }).spellcheck).toBe(false);
    expect(webPreferences({ isPackaged: true, platform: 'win32' }).spellcheck).toBe(false);
  });
});
