// The application menu as data: File, Edit, View, Journal and Help, built from the contract's command list so the menu,
// the command palette and the shortcuts sheet can never disagree; developer items only where they belong.
import type { MenuItemConstructorOptions } from 'electron';
import { appCommandSpecs, type AppCommand, type CommandGroup } from '../contract/appCommands';

export interface MenuOptions {
  isMac: boolean;
  /** Running against the dev server: reloading is safe there, and would drop unsaved text in the real app. */
  isDev: boolean;
  /** Unpackaged builds may open DevTools; a packaged app never does. */
  canToggleDevTools: boolean;
  /** Lock goes through main, so it works even when the renderer is busy or unresponsive. */
  lockJournal: () => void;
  /** Commands the renderer carries out (it owns the screens). */
  sendCommand: (command: AppCommand) => void;
}

function commandItems(group: CommandGroup, options: MenuOptions, only?: (id: AppCommand) => boolean): MenuItemConstructorOptions[] {
  return appCommandSpecs
    .filter((spec) => spec.group === group && (only?.(spec.id) ?? true))
    .map((spec) => ({
      label: spec.label,
      ...('accelerator' in spec ? { accelerator: spec.accelerator } : {}),
      click: spec.id === 'lock' ? options.lockJournal : () => options.sendCommand(spec.id),
    }));
}

const isTheme = (id: AppCommand) => id.startsWith('theme-');

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = [
    ...(options.isDev ? [{ role: 'reload' } as const] : []),
    ...(options.canToggleDevTools ? [{ role: 'toggleDevTools' } as const] : []),
  ];
  const separator = { type: 'separator' } as const;
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: [...commandItems('File', options), separator, options.isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
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
        ...commandItems('View', options, (id) => !isTheme(id)),
        {
          label: 'Theme',
          submenu: commandItems('View', options, isTheme).map((item) => ({ ...item, label: String(item.label).replace('Theme: ', '') })),
        },
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...(developerItems.length > 0 ? [separator, ...developerItems] : []),
      ],
    },
    { label: 'Journal', submenu: commandItems('Journal', options) },
    { label: 'Help', submenu: commandItems('Help', options) },
  ];
}
