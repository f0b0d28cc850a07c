// The application menu as data: File, Edit, View and Journal, with developer items only where they belong.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../contract/methodNames';

export interface MenuOptions {
  isMac: boolean;
  /** Running against the dev server: reloading is safe there, and would drop unsaved text in the real app. */
  isDev: boolean;
  /** Unpackaged builds may open DevTools; a packaged app never does. */
  canToggleDevTools: boolean;
  lockJournal: () => void;
  /** Commands the renderer carries out (it owns the screens). */
  sendCommand: (command: AppCommand) => void;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = [
    ...(options.isDev ? [{ role: 'reload' } as const] : []),
    ...(options.canToggleDevTools ? [{ role: 'toggleDevTools' } as const] : []),
  ];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Entry', accelerator: 'CmdOrCtrl+N', click: () => options.sendCommand('new-entry') },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...developerItems,
        ...(developerItems.length > 0 ? [{ type: 'separator' } as const] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Journal', submenu: [{ label: 'Lock', accelerator: 'CmdOrCtrl+L', click: options.lockJournal }] },
  ];
}
