// After a closing mood is saved, asks core whether the one-time note about support is due; if so shows it and records that it was.
import { useCallback } from 'react';
import { useContractMutation, useContractRead } from '../../data/useContract';

export function useSupportNoteCheck(show: () => void) {
  const read = useContractRead();
  const record = useContractMutation('wellbeing.recordSupportNoteShown').run;

  return useCallback(async () => {
    const result = await read('wellbeing.supportNoteDue', {}, { fresh: true });
    if (!result.ok || !result.value.due) return;
    show();
    await record({});
  }, [read, record, show]);
}
