// The entry in the editor and its autosaver. Switching entries first saves the current one, and refuses to switch if that fails;
// an entry left without anything written in it is discarded on the way out.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { Entry, EntrySummary, Result } from '../../contract';
import { EntrySaver } from './editor/entrySaver';

export interface OpenEntry {
  entry: Entry;
  saver: EntrySaver;
  /** A brand-new entry starts with the cursor in its title. */
  isNew: boolean;
}

/** Nothing written: no title, no words of the writer's own, no mood. Core checks again before it discards anything. */
export const looksUntouched = (entry: EntrySummary): boolean => entry.title === '' && entry.preview === '' && entry.mood === null && entry.moodBefore === null;

interface Callbacks {
  onSaved: (entry: Entry) => void;
  /** An untouched entry was left and is gone. */
  onDiscarded: (id: string) => void;
}

export function useOpenEntry({ onSaved, onDiscarded }: Callbacks) {
  const [open, setOpen] = useState<OpenEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Event handlers (unload, lock, shortcuts) need the current entry without waiting for a render.
  const current = useRef<OpenEntry | null>(null);
  /** The open entry as core last confirmed it. */
  const latest = useRef<Entry | null>(null);
  const latestRequest = useRef(0);

  const show = useCallback(
    (next: { entry: Entry; isNew: boolean } | null) => {
      current.current?.saver.dispose();
      const saved = (entry: Entry) => {
        if (latest.current?.id === entry.id) latest.current = entry;
        onSaved(entry);
      };
      const opened = next && { ...next, saver: new EntrySaver(next.entry.id, next.entry.version, { update: (input) => api['entries.update'](input), onSaved: saved }) };
      current.current = opened;
      latest.current = next?.entry ?? null;
      setOpen(opened);
    },
    [onSaved],
  );

  /** Saves what is typed; true when nothing is left unsaved. */
  const flush = useCallback(async () => (current.current ? current.current.saver.flush() : true), []);

  /** Saves the open entry, then discards it if nothing was ever written in it; false when the text could not be saved. */
  const leave = useCallback(async () => {
    if (!(await flush())) return false;
    const left = latest.current;
    if (left && looksUntouched(left)) {
      const result = await api['entries.discardUntouched']({ id: left.id });
      if (result.ok && result.value.discarded) onDiscarded(left.id);
    }
    return true;
  }, [flush, onDiscarded]);

  /** Opens an entry by id, or one just fetched/created; answers false when the current text could not be saved first. */
  const openEntry = useCallback(
    async (source: string | (() => Promise<Result<Entry>>), isNew = false) => {
      const request = ++latestRequest.current;
      if (typeof source === 'string' && current.current?.entry.id === source) return true;
      if (!(await leave())) return false;
      const result = typeof source === 'string' ? await api['entries.get']({ id: source }) : await source();
      if (request !== latestRequest.current) return false;
      setError(result.ok ? null : result.error.message);
      if (result.ok) show({ entry: result.value, isNew });
      return result.ok;
    },
    [leave, show],
  );

  const close = useCallback(() => show(null), [show]);

  useEffect(() => () => current.current?.saver.dispose(), []);

  return { open, error, current, flush, leave, openEntry, close };
}
