// The line under an export or a backup while its file is made: a bar, how far it is in words, and Cancel.
import type { FileJobMethod, FileJobProgress } from './useFileJob';

const count = (n: number) => n.toLocaleString('en-US');

/** A backup has three steps (core/backup/snapshotToFile.ts); an export counts entries. */
const BACKUP_STEPS = ['Copying your journal…', 'Checking the copy…', 'Writing the backup file…', 'Almost done…'];

export function fileJobWords(job: FileJobMethod, progress: FileJobProgress | null): string {
  if (job === 'backup.create') return BACKUP_STEPS[Math.min(progress?.done ?? 0, BACKUP_STEPS.length - 1)]!;
  if (!progress) return 'Getting your entries ready…';
  const noun = progress.total === 1 ? 'entry' : 'entries';
  return `${count(progress.done)} of ${count(progress.total)} ${noun} written`;
}

interface FileJobStatusProps {
  job: FileJobMethod;
  progress: FileJobProgress | null;
  onCancel: () => void;
}

export function FileJobStatus({ job, progress, onCancel }: FileJobStatusProps) {
  const label = job === 'backup.create' ? 'Backup progress' : 'Export progress';
  return (
    <div className="file-job-progress" role="status">
      <progress aria-label={label} max={progress?.total || 1} value={progress?.done ?? 0} />
      <span>{fileJobWords(job, progress)}</span>
      <button type="button" className="button button-quiet button-small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
