import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from '../../../electron/main/menuTemplate';

const packagedLinux: MenuOptions = { isMac: false, isDev: false, canToggleDevTools: false, lockJournal: () => {}, sendCommand: () => {} };

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);

describe('menuTemplate', () => {
  it('has File, Edit, View and Journal, plus the app menu on macOS', () => {
    expect(menuTemplate(packagedLinux).map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'Journal', 'Help']);
    expect(menuTemplate({ ...packagedLinux, isMac: true }).map((item) => item.label ?? item.role)).toEqual([
      'appMenu',
      'File',
      'Edit',
      'View',
      'Journal',
      'Help',
    ]);
  });

  it('gives Edit the standard editing roles', () => {
    expect(roles(submenu(menuTemplate(packagedLinux), 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'selectAll',
    ]);
  });

  it('offers neither reload nor DevTools in a packaged app', () => {
    const view = roles(submenu(menuTemplate(packagedLinux), 'View'));
    expect(view).not.toContain('reload');
    expect(view).not.toContain('toggleDevTools');
  });

  it('offers DevTools when unpackaged, and reload only against the dev server', () => {
    const preview = roles(submenu(menuTemplate({ ...packagedLinux, canToggleDevTools: true }), 'View'));
    expect(preview).toContain('toggleDevTools');
    expect(preview).not.toContain('reload');
    const dev = roles(submenu(menuTemplate({ ...packagedLinux, canToggleDevTools: true, isDev: true }), 'View'));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('locks the journal from Journal → Lock with CmdOrCtrl+L', () => {
    const lockJournal = vi.fn();
    const [lock] = submenu(menuTemplate({ ...packagedLinux, lockJournal }), 'Journal');
    expect(lock?.label).toBe('Lock');
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    lock?.click?.({} as never, undefined, {} as never);
    expect(lockJournal).toHaveBeenCalledOnce();
  });
});

describe('File → New Entry', () => {
  it('asks the renderer for a new entry with CmdOrCtrl+N', () => {
    const sendCommand = vi.fn();
    const [newEntry] = submenu(menuTemplate({ ...packagedLinux, sendCommand }), 'File');
    expect(newEntry).toMatchObject({ label: 'New Entry', accelerator: 'CmdOrCtrl+N' });
    (newEntry?.click as () => void)();
    expect(sendCommand).toHaveBeenCalledWith('new-entry');
  });
});

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label).filter(Boolean);

describe('every menu item is a command the renderer owns', () => {
  it('lists the issue’s File, View, Journal and Help items', () => {
    const template = menuTemplate(packagedLinux);
    expect(labels(submenu(template, 'File'))).toEqual([
      'New Entry',
      'New from Template…',
      'Import…',
      'Export…',
      'Back Up…',
      'Restore from Backup…',
    ]);
    expect(labels(submenu(template, 'View'))).toEqual(['Command Palette…', 'Larger Text', 'Smaller Text', 'Focus Mode', 'Theme']);
    expect(labels(submenu(template, 'Journal'))).toEqual(['Lock', 'Settings…', 'Commitments']);
    expect(labels(submenu(template, 'Help'))).toEqual(['Keyboard Shortcuts', 'Afterword Is Not Therapy', 'About Afterword']);
    const theme = submenu(template, 'View').find((item) => item.label === 'Theme')?.submenu as MenuItemConstructorOptions[];
    expect(labels(theme)).toEqual(['Follow the System', 'Light', 'Dark']);
  });

  it('sends each command’s id, and only Lock goes through main', () => {
    const sendCommand = vi.fn();
    const lockJournal = vi.fn();
    const template = menuTemplate({ ...packagedLinux, sendCommand, lockJournal });
    const all = ['File', 'View', 'Journal', 'Help'].flatMap((menu) => submenu(template, menu));
    const theme = all.find((item) => item.label === 'Theme')?.submenu as MenuItemConstructorOptions[];
    for (const item of [...all, ...theme]) if (item.label && item.label !== 'Theme') (item.click as () => void)();
    expect(lockJournal).toHaveBeenCalledOnce();
    expect(sendCommand.mock.calls.map(([id]) => id)).toEqual([
      'new-entry',
      'new-from-template',
      'import',
      'export',
      'backup',
      'restore',
      'command-palette',
      'text-larger',
      'text-smaller',
      'focus-mode',
      'settings',
      'commitments',
      'shortcuts',
      'not-therapy',
      'about',
      'theme-system',
      'theme-light',
      'theme-dark',
    ]);
  });
});
