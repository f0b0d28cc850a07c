// Electron's accelerator strings ("CmdOrCtrl+Shift+P") as a person reads them and as the page matches key presses, and
// finding a command by name. Free of the contract's imports, so it is unit-tested under Node.
export const isMacPlatform = (platform: string): boolean => /mac|iphone|ipad/i.test(platform);

const macSymbols: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };

/** "Ctrl+Shift+P" elsewhere, "⇧⌘P" on a Mac (modifiers in Apple's order: ⌃⌥⇧⌘). */
export function formatAccelerator(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  if (!mac) return [...parts.map((part) => (part === 'CmdOrCtrl' ? 'Ctrl' : part)), key].join('+');
  const order = ['Ctrl', 'Alt', 'Shift', 'CmdOrCtrl'];
  return [...order.filter((part) => parts.includes(part)).map((part) => macSymbols[part]), key].join('');
}

/** Does this key press give that accelerator? CmdOrCtrl is Cmd on a Mac and Ctrl elsewhere; other modifiers must match exactly. */
/** The parts of a KeyboardEvent a shortcut depends on. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matchesAccelerator(event: KeyPress, accelerator: string, mac: boolean): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  const primary = mac ? event.metaKey : event.ctrlKey;
  const other = mac ? event.ctrlKey : event.metaKey;
  if (
    primary !== parts.includes('CmdOrCtrl') ||
    other ||
    event.shiftKey !== parts.includes('Shift') ||
    event.altKey !== parts.includes('Alt')
  )
    return false;
  // With Alt or Shift held, event.key may be another character ("–" for Alt+-); the physical key still tells.
  const codeKey: Record<string, string> = { Equal: '=', Minus: '-', Slash: '/', Comma: ',' };
  return event.key.toLowerCase() === key || codeKey[event.code] === key || event.code === `Key${key.toUpperCase()}`;
}

/** Every word of the query appears in the group or label (any order, any case): "dark th" finds "Theme: Dark". */
export function filterCommands<C extends { group: string; label: string }>(commands: readonly C[], query: string): C[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((command) => words.every((word) => `${command.group} ${command.label}`.toLowerCase().includes(word)));
}
