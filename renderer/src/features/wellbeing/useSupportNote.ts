// After a closing mood is saved, asks core whether the one-time note about support is due, shows it, and records that it was shown.
import { useCallback, useState } from 'react';
import { api } from '../../api/client';

export function useSupportNote() {
  const [open, setOpen] = useState(false);

  const check = useCallback(async () => {
    const result = await api['wellbeing.supportNoteDue']({});
    if (!result.ok || !result.value.due) return;
    setOpen(true);
    await api['wellbeing.recordSupportNoteShown']({});
  }, []);

  const close = useCallback(() => setOpen(false), []);

  return { open, check, close };
}
