// Ctrl+Shift+N (Cmd+Shift+N on macOS) opens the template picker from anywhere in the journal.
import { useEffect } from 'react';

export function useNewEntryShortcut(openPicker: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || !(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      event.preventDefault();
      openPicker();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openPicker]);
}
