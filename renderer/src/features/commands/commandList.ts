// The commands as the page shows them: the contract's list (the same one Electron's menu is built from), with each
// shortcut written for this platform.
import { appCommandSpecs, type AppCommand } from '../../contract';
import { formatAccelerator, isMacPlatform } from './formatAccelerator';

export { filterCommands } from './formatAccelerator';

export interface ShownCommand {
  id: AppCommand;
  label: string;
  group: string;
  accelerator?: string;
  shortcut?: string;
}

export const onMac = (): boolean => typeof navigator !== 'undefined' && isMacPlatform(navigator.platform);

/** Keys the page handles itself, beside the commands: shown in the shortcuts sheet so nothing is written nowhere. */
export const pageShortcuts: readonly { keys: string; action: string }[] = [
  { keys: 'Tab / Shift+Tab', action: 'Move between the list, the editor and the controls' },
  { keys: '↑ ↓ Home End', action: 'Move through the entry list' },
  { keys: 'Enter', action: 'Open the selected entry, or start writing under a question' },
  { keys: 'Escape', action: 'Close a dialog' },
];

export function shownCommands(mac = onMac()): ShownCommand[] {
  return appCommandSpecs.map((spec) => {
    const accelerator = 'accelerator' in spec ? spec.accelerator : undefined;
    return {
      id: spec.id,
      label: spec.label,
      group: spec.group,
      accelerator,
      shortcut: accelerator ? formatAccelerator(accelerator, mac) : undefined,
    };
  });
}

/** How this platform writes a command's shortcut ("Ctrl+L", "⌘L"), or undefined when it has none. */
export function shortcutFor(id: AppCommand): string | undefined {
  return shownCommands().find((command) => command.id === id)?.shortcut;
}
