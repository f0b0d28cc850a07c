// Shortcuts read the same everywhere they are written, and the page recognises exactly the keys it shows.
import { describe, expect, it } from 'vitest';
import { parseAppearance, stepTextSize } from '../../../renderer/src/features/appearance/appearanceChoices';
import { appCommandSpecs } from '../../../electron/contract/appCommands';
import { filterCommands, formatAccelerator, matchesAccelerator } from '../../../renderer/src/features/commands/formatAccelerator';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}, code = '') => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('writes an accelerator for each platform', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+P', false)).toBe('Ctrl+Shift+P');
    expect(formatAccelerator('CmdOrCtrl+Shift+P', true)).toBe('⇧⌘P');
    expect(formatAccelerator('CmdOrCtrl+Alt+=', true)).toBe('⌥⌘=');
  });

  it('matches a key press only with exactly the modifiers it names', () => {
    expect(matchesAccelerator(press('P', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+P', false)).toBe(true);
    expect(matchesAccelerator(press('p', { ctrlKey: true }), 'CmdOrCtrl+Shift+P', false)).toBe(false);
    expect(matchesAccelerator(press('p', { metaKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+P', true)).toBe(true);
    expect(matchesAccelerator(press('p', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+P', true)).toBe(false);
    // Shift+/ types "?" on a US keyboard, and Alt+- types "–" on a Mac: the physical key still counts.
    expect(matchesAccelerator(press('?', { ctrlKey: true }, 'Slash'), 'CmdOrCtrl+/', false)).toBe(true);
    expect(matchesAccelerator(press('–', { metaKey: true, altKey: true }, 'Minus'), 'CmdOrCtrl+Alt+-', true)).toBe(true);
  });

  it('lists every command with its shortcut, and filters by any words of its name', () => {
    const commands = appCommandSpecs;
    const palette = commands.find((command) => command.id === 'command-palette');
    expect(palette && 'accelerator' in palette && formatAccelerator(palette.accelerator, false)).toBe('Ctrl+Shift+P');
    expect(filterCommands(commands, 'dark th').map((command) => command.id)).toEqual(['theme-dark']);
    expect(filterCommands(commands, '')).toHaveLength(commands.length);
    expect(filterCommands(commands, 'nothing like this')).toEqual([]);
  });
});

describe('appearance preferences', () => {
  it('turns anything stored into a whole, valid set of choices', () => {
    expect(parseAppearance(null)).toEqual({
      theme: 'system',
      textSize: 'medium',
      lineWidth: 'medium',
      typeface: 'serif',
      focusMode: false,
    });
    expect(parseAppearance('{"theme":"dark","textSize":"huge","focusMode":"yes"}')).toMatchObject({
      theme: 'dark',
      textSize: 'medium',
      focusMode: false,
    });
    expect(parseAppearance('not json').theme).toBe('system');
  });

  it('steps text size within its three sizes', () => {
    expect(stepTextSize('medium', 1)).toBe('large');
    expect(stepTextSize('large', 1)).toBe('large');
    expect(stepTextSize('small', -1)).toBe('small');
  });
});
