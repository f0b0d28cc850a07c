// Runs one import (Afterword JSON, Day One or Markdown) with its progress from import.progress events, a Cancel, and the answer.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { AppEvent, MethodOutput } from '../../contract';
import { useContractMutation, useInvalidateAfter } from '../../data/useContract';

type ImportReport = MethodOutput<'import.dayOne'>;

export type ImportKind = 'json' | 'dayOne' | 'markdown';

export type ImportOutcome =
  { kind: 'report'; report: ImportReport } | { kind: 'json'; imported: number; skipped: number } | { kind: 'error'; message: string };

/** How far the running import is: see AppEvent's `progress` (a `stage` for import.json's check and for adding entries). */
export type ImportProgress = NonNullable<AppEvent['progress']>;

export interface ImportJob {
  running: ImportKind | null;
  progress: ImportProgress | null;
  outcome: ImportOutcome | null;
  start(kind: ImportKind, file?: File): Promise<void>;
  cancel(): void;
}

type Runner<M extends 'import.json' | 'import.dayOne' | 'import.markdown'> = ReturnType<typeof useContractMutation<M>>['run'];

/** The three import mutations: each makes entries, tags and templates stale on success (contract/exports/cache.ts). */
function useImportCalls() {
  const json = useContractMutation('import.json').run;
  const dayOne = useContractMutation('import.dayOne').run;
  const markdown = useContractMutation('import.markdown').run;
  return { json, dayOne, markdown };
}

async function call(
  runners: { json: Runner<'import.json'>; dayOne: Runner<'import.dayOne'>; markdown: Runner<'import.markdown'> },
  kind: ImportKind,
  file?: File,
): Promise<ImportOutcome> {
  const input = file ? { file } : {};
  if (kind === 'json') {
    const result = await runners.json(input);
    return result.ok
      ? { kind: 'json', imported: result.value.imported, skipped: result.value.skipped }
      : { kind: 'error', message: result.error.message };
  }
  const result = await runners[kind](input);
  return result.ok ? { kind: 'report', report: result.value } : { kind: 'error', message: result.error.message };
}

const METHODS = { json: 'import.json', dayOne: 'import.dayOne', markdown: 'import.markdown' } as const;

export function useImportJob(): ImportJob {
  const runners = useImportCalls();
  const invalidateAfter = useInvalidateAfter();
  const cancel = useContractMutation('import.cancel').run;
  const [running, setRunning] = useState<ImportKind | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  useEffect(() => api.onEvent((event) => event.name === 'import.progress' && event.progress && setProgress(event.progress)), []);

  return {
    running,
    progress,
    outcome,
    async start(kind, file) {
      setRunning(kind);
      setProgress(null);
      setOutcome(null);
      const answer = await call(runners, kind, file);
      // Entries are added in batches, so a list read meanwhile (after a save) may show some; a cancelled or failed import took
      // them away again, so the lists are read afresh then too, not only on success.
      if (answer.kind === 'error') invalidateAfter(METHODS[kind], {});
      setRunning(null);
      setOutcome(answer);
    },
    cancel() {
      void cancel({});
    },
  };
}
