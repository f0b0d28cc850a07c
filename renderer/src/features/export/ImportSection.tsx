// Import: from an Afterword JSON export, a Day One export or Markdown files, with a progress bar, a Cancel and the report.
// In the browser the person picks the file here; in Electron the main process shows its own open dialog.
import { useEffect, useRef, useState } from 'react';
import { acceptFor } from '../../contract';
import { ImportOutcomeView } from './ImportOutcomeView';
import { useImportJob, type ImportKind, type ImportProgress } from './useImportJob';

const SOURCES: Array<{ kind: ImportKind; label: string; method: 'import.json' | 'import.dayOne' | 'import.markdown' }> = [
  { kind: 'json', label: 'Afterword JSON…', method: 'import.json' },
  { kind: 'dayOne', label: 'Day One…', method: 'import.dayOne' },
  { kind: 'markdown', label: 'Markdown…', method: 'import.markdown' },
];

const FILE_LABELS: Record<ImportKind, string> = {
  json: 'JSON file to import',
  dayOne: 'Day One export to import',
  markdown: 'Markdown file or zip to import',
};

const count = (n: number) => n.toLocaleString('en');

/** The line under the progress bar: the file being checked (import.json), entries read, then entries added. */
function progressText(progress: ImportProgress | null): string {
  if (!progress) return 'Reading the file…';
  if (progress.stage === 'checking') return `Checking the file… ${Math.floor((progress.done / (progress.total || 1)) * 100)}%`;
  if (progress.stage === 'adding') return `${count(progress.done)} of ${count(progress.total)} entries added`;
  return `${count(progress.done)} of ${count(progress.total)} entries read`;
}

export function ImportSection() {
  // Imported entries and templates appear in every list on their own: each import names them stale (contract/exports/cache.ts).
  const input = useRef<HTMLInputElement>(null);
  const [picking, setPicking] = useState<ImportKind>('json');
  const job = useImportJob();
  const source = SOURCES.find((s) => s.kind === picking)!;
  const status = useRef<HTMLDivElement>(null);

  // The section sits at the foot of a tall dialog: bring the progress bar, then the report, into view.
  useEffect(() => {
    status.current?.scrollIntoView({ block: 'nearest' });
  }, [job.running, job.outcome]);

  function choose(kind: ImportKind) {
    if (window.afterword) return void job.start(kind);
    setPicking(kind);
    // The input's accept list must match before the picker opens.
    requestAnimationFrame(() => input.current?.click());
  }

  return (
    <section className="export-import" aria-label="Import">
      <div>
        <h3>Import</h3>
        <p>
          Bring entries in from an Afterword JSON export, a Day One export (the .zip from File › Export › JSON), or Markdown files (a .md,
          or a .zip of a folder from Obsidian, jrnl or Joplin). Entries already in this journal are skipped.
        </p>
      </div>
      <div className="import-sources">
        {SOURCES.map((s) => (
          <button
            key={s.kind}
            type="button"
            className="button button-quiet button-small"
            disabled={job.running !== null}
            onClick={() => choose(s.kind)}
          >
            {s.label}
          </button>
        ))}
      </div>
      <input
        ref={input}
        type="file"
        accept={acceptFor(source.method)}
        hidden
        aria-label={FILE_LABELS[picking]}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void job.start(picking, file);
        }}
      />
      <div ref={status} className="import-status">
        {job.running && (
          <div className="import-progress">
            <progress aria-label="Import progress" max={job.progress?.total || 1} value={job.progress?.done ?? 0} />
            <span>{progressText(job.progress)}</span>
            <button type="button" className="button button-quiet button-small" onClick={job.cancel}>
              Cancel
            </button>
          </div>
        )}
        {job.outcome && <ImportOutcomeView outcome={job.outcome} />}
      </div>
    </section>
  );
}
