// The entry in the editor and its autosaver. Switching entries first saves the current one, and refuses to switch if that fails.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry, MethodInput, Result } from '../../contract';
import { apiCall, useContractRead, useInvalidateAfter } from '../../data/useContract';
import { EntrySaver } from './editor/entrySaver';

export interface OpenEntry {
  entry: Entry;
  saver: EntrySaver;
  /** A brand-new entry starts with the cursor in its title. */
  isNew: boolean;
}

export function useOpenEntry() {
  const read = useContractRead();
  // The autosaver stays framework-free; each save it confirms makes that entry and the lists stale (contract/entries/cache.ts).
  const invalidate = useInvalidateAfter();
  const update = useCallback((input: MethodInput<'entries.update'>) => apiCall('entries.update', input), []);
  const [open, setOpen] = useState<OpenEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Event handlers (unload, lock, shortcuts) need the current entry without waiting for a render.
  const current = useRef<OpenEntry | null>(null);
  const latestRequest = useRef(0);

  const show = useCallback(
    (next: { entry: Entry; isNew: boolean } | null) => {
      current.current?.saver.dispose();
      const opened = next && { ...next, saver: new EntrySaver(next.entry.id, next.entry.version, { update, onSaved: (entry) => invalidate('entries.update', { id: entry.id }) }) };
      current.current = opened;
      setOpen(opened);
    },
    [invalidate, update],
  );

  /** Saves what is typed; true when nothing is left unsaved. */
  const flush = useCallback(async () => (current.current ? current.current.saver.flush() : true), []);

  /** Opens an entry by id, or one just fetched/created; answers false when the current text could not be saved first. */
  const openEntry = useCallback(
    async (source: string | (() => Promise<Result<Entry>>), isNew = false) => {
      const request = ++latestRequest.current;
      if (typeof source === 'string' && current.current?.entry.id === source) return true;
      if (!(await flush())) return false;
      const result = typeof source === 'string' ? await read('entries.get', { id: source }, { fresh: true }) : await source();
      if (request !== latestRequest.current) return false;
      setError(result.ok ? null : result.error.message);
      if (result.ok) show({ entry: result.value, isNew });
      return result.ok;
    },
    [flush, read, show],
  );

  const close = useCallback(() => show(null), [show]);

  useEffect(() => () => current.current?.saver.dispose(), []);

  return { open, error, current, flush, openEntry, close };
}
