// Electron entry point: one instance, sandboxed renderers on app://, the journal wired to IPC, and locking on quit,
// suspend and screen lock.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, Notification, powerMonitor, screen } from 'electron';
import { ipcEventChannel } from '../contract/methodNames';
import { notifyCheckIns } from './checkInNotification';
import { acquireDataDirLock, type DataDirLock } from '../core/fs/dataDirLock';
import { startWorkerJournal } from '../core/worker/workerJournal';
import { APP_NAME } from '../core/paths/defaultDataDir';
import { withFileDialogs } from './fileMethods';
import { registerContractHandlers } from './ipc';
import { lockBeforeClose, lockBeforeQuit } from './gracefulLock';
import { forwardJournalEvents } from './journalEvents';
import { installApplicationMenu } from './menu';
import { electronNativeBindingPath } from './nativeBindingPath';
import { registerAppSchemeAsPrivileged, serveRendererFrom } from './protocol';
import { createElectronPdfPrinter } from './printToPdf';
import { devServerOrigin } from './rendererOrigin';
import { guardAllWebContents, hardenDefaultSession, keepEverySessionLocal } from './security';
import { lockOnSessionEnd, lockOnSystemEvents } from './systemLockEvents';
import { createMainWindow } from './window';
import { boundsOnScreen, readWindowState, trackWindowState, WINDOW_STATE_FILE } from './windowState';

app.setName(APP_NAME);
// Set explicitly so Electron and the web host (core's defaultDataDir) always open the same journal folder.
app.setPath('userData', path.join(app.getPath('appData'), APP_NAME));
// app.md advises keeping Chromium's own data apart from the app's: the journal's files stay where they are in userData.
app.setPath('sessionData', path.join(app.getPath('userData'), 'Chromium'));
app.enableSandbox();
registerAppSchemeAsPrivileged();
keepEverySessionLocal();

if (app.requestSingleInstanceLock()) start();
else app.quit();

/** One writer per data folder: another Afterword (a browser host, say) may already have this journal open. */
function lockDataFolder(): DataDirLock | null {
  try {
    return acquireDataDirLock(app.getPath('userData'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void app.whenReady().then(() => {
      dialog.showErrorBox('Afterword is already open', message);
      app.quit();
    });
    return null;
  }
}

function start(): void {
  const folderLock = lockDataFolder();
  if (!folderLock) return;
  const devOrigin = devServerOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  const nativeBinding = electronNativeBindingPath(app.getAppPath());
  // Core runs in a worker thread, so main only routes IPC and never stalls a window (docs/ARCHITECTURE.md, "Core off the main thread").
  const journal = startWorkerJournal(
    path.join(__dirname, 'journalWorker.js'),
    { dataDir: app.getPath('userData'), nativeBinding, jobWorker: path.join(__dirname, 'jobWorker.js') },
    { log: (line) => console.error(line), pdfPrinter: createElectronPdfPrinter() },
  );
  let mainWindow: BrowserWindow | undefined;
  const mainContents = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : undefined);

  const windowStateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const openMainWindow = () => {
    const saved = readWindowState(windowStateFile);
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    mainWindow = createMainWindow(devOrigin, { bounds: boundsOnScreen(saved, workAreas), maximized: saved?.maximized ?? false });
    trackWindowState(mainWindow, windowStateFile);
    lockBeforeClose(mainWindow, journal);
    lockOnSessionEnd(mainWindow, journal);
    mainWindow.on('closed', () => {
      // Belt and braces: a window that went away without a clean close must not leave the journal open.
      journal.lock('user');
      mainWindow = undefined;
    });
  };

  guardAllWebContents(devOrigin);
  const dispatch = withFileDialogs(
    journal.dispatch,
    () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined),
    app.getPath('userData'),
  );
  registerContractHandlers({ dispatch, trustedWebContents: mainContents, devOrigin });
  forwardJournalEvents(journal, mainContents);
  notifyCheckIns(journal, Notification);

  app.on('second-instance', () => {
    // macOS keeps running after its window closed: a second launch then expects a window, not silence.
    if (!mainWindow) {
      if (app.isReady()) openMainWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (app.isReady() && !mainWindow) openMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  lockBeforeQuit(app, journal);
  app.on('will-quit', () => {
    journal.close();
    folderLock.release();
  });

  app
    .whenReady()
    .then(() => {
      hardenDefaultSession({ devOrigin, devToolsAllowed: !app.isPackaged }, mainContents);
      serveRendererFrom(path.join(__dirname, '../renderer'));
      installApplicationMenu({
        isMac: process.platform === 'darwin',
        isDev: devOrigin !== null,
        canToggleDevTools: !app.isPackaged,
        lockJournal: () => void journal.requestLock('user'),
        sendCommand: (command) => mainContents()?.send(ipcEventChannel, { name: 'app.command', command }),
      });
      lockOnSystemEvents({ powerMonitor, app, journal, platform: process.platform });
      if (!existsSync(nativeBinding)) {
        dialog.showErrorBox(
          'Afterword cannot open its database',
          `The database module built for Electron is missing at ${nativeBinding}. Start Afterword with "npm start" or "npm run dev"; they build it first.`,
        );
        app.quit();
        return;
      }
      openMainWindow();
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Afterword could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
