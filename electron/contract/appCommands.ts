// Every command a person can give the app, stated once: Electron's menu, the command palette and the shortcuts sheet
// all read this list (dependency-free, like methodNames.ts). The renderer carries each one out; main only sends its id.

export type CommandGroup = 'File' | 'View' | 'Journal' | 'Help';

export interface AppCommandSpec {
  id: string;
  /** Title-case, as menus write it; the palette shows the same words. */
  label: string;
  group: CommandGroup;
  /** Electron's accelerator syntax; the renderer turns it into "Ctrl+N" or "⌘N" for display and for its own key handling. */
  accelerator?: string;
}

export const appCommandSpecs = [
  { id: 'new-entry', label: 'New Entry', group: 'File', accelerator: 'CmdOrCtrl+N' },
  { id: 'new-from-template', label: 'New from Template…', group: 'File', accelerator: 'CmdOrCtrl+Shift+N' },
  { id: 'import', label: 'Import…', group: 'File' },
  { id: 'export', label: 'Export…', group: 'File', accelerator: 'CmdOrCtrl+E' },
  { id: 'backup', label: 'Back Up…', group: 'File' },
  { id: 'restore', label: 'Restore from Backup…', group: 'File' },
  { id: 'command-palette', label: 'Command Palette…', group: 'View', accelerator: 'CmdOrCtrl+Shift+P' },
  { id: 'theme-system', label: 'Theme: Follow the System', group: 'View' },
  { id: 'theme-light', label: 'Theme: Light', group: 'View' },
  { id: 'theme-dark', label: 'Theme: Dark', group: 'View' },
  { id: 'text-larger', label: 'Larger Text', group: 'View', accelerator: 'CmdOrCtrl+Alt+=' },
  { id: 'text-smaller', label: 'Smaller Text', group: 'View', accelerator: 'CmdOrCtrl+Alt+-' },
  { id: 'focus-mode', label: 'Focus Mode', group: 'View', accelerator: 'CmdOrCtrl+Shift+F' },
  { id: 'lock', label: 'Lock', group: 'Journal', accelerator: 'CmdOrCtrl+L' },
  { id: 'settings', label: 'Settings…', group: 'Journal', accelerator: 'CmdOrCtrl+,' },
  { id: 'commitments', label: 'Commitments', group: 'Journal' },
  { id: 'shortcuts', label: 'Keyboard Shortcuts', group: 'Help', accelerator: 'CmdOrCtrl+/' },
  { id: 'not-therapy', label: 'Afterword Is Not Therapy', group: 'Help' },
  { id: 'about', label: 'About Afterword', group: 'Help' },
] as const satisfies readonly AppCommandSpec[];

export type AppCommand = (typeof appCommandSpecs)[number]['id'];

export const appCommands: readonly AppCommand[] = appCommandSpecs.map((spec) => spec.id);

export const isAppCommand = (value: unknown): value is AppCommand =>
  typeof value === 'string' && (appCommands as readonly string[]).includes(value);
