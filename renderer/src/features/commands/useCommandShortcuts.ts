// The page's own keys for every command with a shortcut, from the contract's list. In Electron the menu's accelerators
// already send these commands (as app.command events), so there the page leaves the keys to the menu.
import { useEffect, useRef } from 'react';
import { appCommandSpecs, type AppCommand } from '../../contract';
import { onMac } from './commandList';
import { matchesAccelerator } from './formatAccelerator';

const withKeys = appCommandSpecs.flatMap((spec) =>
  'accelerator' in spec ? [{ id: spec.id as AppCommand, accelerator: spec.accelerator }] : [],
);

export function useCommandShortcuts(run: (command: AppCommand) => void) {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (window.afterword) return;
    const mac = onMac();
    const onKeyDown = (event: KeyboardEvent) => {
      const match = withKeys.find((command) => matchesAccelerator(event, command.accelerator, mac));
      if (!match) return;
      event.preventDefault();
      latest.current(match.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
