// The entry in the editor and its autosaver. Switching entries first saves the current one, and refuses to switch if that fails;
// an entry left without anything written in it is discarded on the way out.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry, EntrySummary, MethodInput, Result } from '../../contract';
import { apiCall, useContractRead, useInvalidateAfter } from '../../data/useContract';
import { EntrySaver } from './editor/entrySaver';

export interface OpenEntry {
  entry: Entry;
  saver: EntrySaver;
  /** A brand-new entry starts with the cursor in its title. */
  isNew: boolean;
}

/** Nothing written: no title, no words of the writer's own, no mood. Core checks again before it discards anything. */
export const looksUntouched = (entry: EntrySummary): boolean =>
  entry.title === '' && entry.preview === '' && entry.mood === null && entry.moodBefore === null;

export function useOpenEntry() {
  const read = useContractRead();
  // The autosaver stays framework-free; each save it confirms makes that entry and the lists stale (contract/entries/cache.ts).
  const invalidate = useInvalidateAfter();
  const update = useCallback((input: MethodInput<'entries.update'>) => apiCall('entries.update', input), []);
  const [open, setOpen] = useState<OpenEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Event handlers (unload, lock, shortcuts) need the current entry without waiting for a render.
  const current = useRef<OpenEntry | null>(null);
  /** The open entry as core last confirmed it. */
  const latest = useRef<Entry | null>(null);
  const latestRequest = useRef(0);

  const show = useCallback(
    (next: { entry: Entry; isNew: boolean } | null) => {
      // Not disposed: closed. A change typed while the next entry was on its way (or before React swaps the editor) is still saved.
      void current.current?.saver.close();
      const onSaved = (entry: Entry) => {
        if (latest.current?.id === entry.id) latest.current = entry;
        invalidate('entries.update', { id: entry.id });
      };
      const opened = next && { ...next, saver: new EntrySaver(next.entry.id, next.entry.version, { update, onSaved }) };
      current.current = opened;
      latest.current = next?.entry ?? null;
      setOpen(opened);
    },
    [invalidate, update],
  );

  /** Saves what is typed; true when nothing is left unsaved. */
  const flush = useCallback(async () => (current.current ? current.current.saver.flush() : true), []);

  /** Saves the open entry, then discards it if nothing was ever written in it; false when the text could not be saved. */
  const leave = useCallback(async () => {
    if (!(await flush())) return false;
    const left = latest.current;
    if (left && looksUntouched(left)) {
      const result = await apiCall('entries.discardUntouched', { id: left.id });
      if (result.ok && result.value.discarded) invalidate('entries.discardUntouched', { id: left.id });
    }
    return true;
  }, [flush, invalidate]);

  /** Opens an entry by id, or one just fetched/created; answers false when the current text could not be saved first. */
  const openEntry = useCallback(
    async (source: string | (() => Promise<Result<Entry>>), isNew = false) => {
      const request = ++latestRequest.current;
      if (typeof source === 'string' && current.current?.entry.id === source) return true;
      if (!(await leave())) return false;
      const result = typeof source === 'string' ? await read('entries.get', { id: source }, { fresh: true }) : await source();
      if (request !== latestRequest.current) return false;
      // Whatever was typed while the next entry was on its way belongs to the one still on screen: saved before it goes.
      if (!(await flush())) return false;
      if (request !== latestRequest.current) return false;
      setError(result.ok ? null : result.error.message);
      if (result.ok) show({ entry: result.value, isNew });
      return result.ok;
    },
    [flush, leave, read, show],
  );

  const close = useCallback(() => show(null), [show]);

  useEffect(() => () => current.current?.saver.dispose(), []);

  return { open, error, current, flush, leave, openEntry, close };
}
