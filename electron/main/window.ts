// The journal's one window: hardened webPreferences, shown once painted, loading the renderer from app:// or the dev server.
import path from 'node:path';
import { app, BrowserWindow, nativeTheme, type Rectangle } from 'electron';
import { RENDERER_ENTRY_URL } from './rendererOrigin';
import { spellcheckUsesOsDictionaries } from './spellcheck';
import { DEFAULT_SIZE, MIN_SIZE } from './windowState';

// The renderer's --paper in each theme (renderer/src/styles/base.css), so the window never flashes another colour while it loads.
export const PAPER = { light: '#f8f4ee', dark: '#1d1b19' } as const;

export interface WindowPlacement {
  bounds: Rectangle | null;
  maximized: boolean;
}

export function createMainWindow(devOrigin: string | null, placement: WindowPlacement = { bounds: null, maximized: false }): BrowserWindow {
  // electronegativity's AUXCLICK check: a middle-click's new window is refused like any other, by setWindowOpenHandler.
  // electronegativity reads eng-disable only on the line the window is made, where Prettier would not leave it.
  // prettier-ignore
  const window = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    title: 'Afterword',
    ...(placement.bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? PAPER.dark : PAPER.light,
    // Kept inline so electronegativity reads every switch; tests/unit/main/window.test.ts fails if one is flipped.
    webPreferences: {
      // electronegativity's PRELOAD check asks for review: it exposes only the contract's methods and onEvent.
      preload: path.join(__dirname, '../preload/index.js'), // eng-disable PRELOAD_JS_CHECK
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
      // A shipped app has no DevTools: nobody at the keyboard can read decrypted entries out of the renderer.
      devTools: !app.isPackaged,
      spellcheck: spellcheckUsesOsDictionaries(process.platform),
    },
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.loadURL(devOrigin ? `${devOrigin}/` : RENDERER_ENTRY_URL).catch((error: unknown) => {
    console.error(`Afterword could not load its window: ${error instanceof Error ? error.message : String(error)}`);
  });
  return window;
}
