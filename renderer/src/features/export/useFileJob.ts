// A file that takes a while to make (a JSON or Markdown export, a backup): how far it is, from export.progress events, and a Cancel.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { AppEvent } from '../../contract';
import { useContractMutation } from '../../data/useContract';

export type FileJobMethod = NonNullable<AppEvent['job']>;

export interface FileJobProgress {
  done: number;
  total: number;
}

export interface FileJob {
  /** The method running, or null. */
  running: FileJobMethod | null;
  progress: FileJobProgress | null;
  /** Runs `call` as the job named; its progress is shown until it answers. */
  track<T>(job: FileJobMethod, call: () => Promise<T>): Promise<T>;
  cancel(): void;
}

export function useFileJob(): FileJob {
  const cancelCall = useContractMutation('export.cancel').run;
  const [running, setRunning] = useState<FileJobMethod | null>(null);
  const [progress, setProgress] = useState<FileJobProgress | null>(null);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.name !== 'export.progress' || event.job !== running || event.done === undefined || event.total === undefined) return;
        setProgress({ done: event.done, total: event.total });
      }),
    [running],
  );

  const track = useCallback(async <T>(job: FileJobMethod, call: () => Promise<T>): Promise<T> => {
    setRunning(job);
    setProgress(null);
    try {
      return await call();
    } finally {
      setRunning(null);
      setProgress(null);
    }
  }, []);

  const cancel = useCallback(() => {
    if (running) void cancelCall({ job: running });
  }, [cancelCall, running]);

  return { running, progress, track, cancel };
}
