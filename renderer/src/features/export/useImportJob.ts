// Runs one import (Afterword JSON, Day One or Markdown) with its progress from import.progress events, a Cancel, and the answer.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { MethodOutput } from '../../contract';

type ImportReport = MethodOutput<'import.dayOne'>;

export type ImportKind = 'json' | 'dayOne' | 'markdown';

export type ImportOutcome =
  | { kind: 'report'; report: ImportReport }
  | { kind: 'json'; imported: number; skipped: number }
  | { kind: 'error'; message: string };

export interface ImportJob {
  running: ImportKind | null;
  progress: { done: number; total: number } | null;
  outcome: ImportOutcome | null;
  start(kind: ImportKind, file?: File): Promise<void>;
  cancel(): void;
}

async function call(kind: ImportKind, file?: File): Promise<ImportOutcome> {
  const input = file ? { file } : {};
  if (kind === 'json') {
    const result = await api['import.json'](input);
    return result.ok ? { kind: 'json', imported: result.value.imported, skipped: result.value.skipped } : { kind: 'error', message: result.error.message };
  }
  const result = await (kind === 'dayOne' ? api['import.dayOne'](input) : api['import.markdown'](input));
  return result.ok ? { kind: 'report', report: result.value } : { kind: 'error', message: result.error.message };
}

export function useImportJob(onImported: () => void): ImportJob {
  const [running, setRunning] = useState<ImportKind | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
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
      const answer = await call(kind, file);
      setRunning(null);
      setOutcome(answer);
      const added = answer.kind === 'report' ? answer.report.imported : answer.kind === 'json' ? answer.imported : 0;
      if (added > 0) onImported();
    },
    cancel() {
      void api['import.cancel']({});
    },
  };
}
