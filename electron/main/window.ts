// The journal's one window: hardened webPreferences, shown once painted, loading the renderer from app:// or the dev server.
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { RENDERER_ENTRY_URL } from './rendererOrigin';
import { spellcheckUsesOsDictionaries } from './spellcheck';

// The renderer's --paper (renderer/src/styles/base.css), so the window never flashes another colour while it loads.
const PAPER = '#f8f4ee';

export function createMainWindow(devOrigin: string | null): BrowserWindow {
  // electronegativity's AUXCLICK check: a middle-click's new window is refused like any other, by setWindowOpenHandler.
  const window = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    title: 'Afterword',
    width: 1100,
    height: 780,
    minWidth: 640,
    minHeight: 480,
    show: false,
    backgroundColor: PAPER,
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
  window.once('ready-to-show', () => window.show());
  window.loadURL(devOrigin ? `${devOrigin}/` : RENDERER_ENTRY_URL).catch((error: unknown) => {
    console.error(`Afterword could not load its window: ${error instanceof Error ? error.message : String(error)}`);
  });
  return window;
}
