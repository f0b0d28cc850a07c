// The automatic backups Afterword keeps (one a day, and one before each update): date and entries, each restorable.
import { useEffect, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useContractQuery } from '../../data/useContract';
import { RestoreForm } from './RestoreForm';
import type { RestorePreview } from './restoreRequest';
import { entriesCount, formatWhen } from './restoreWords';

export function AutomaticBackups({ onPreviewed }: { onPreviewed: (checked: RestorePreview) => void }) {
  const list = useContractQuery('backup.listAutomatic', {});
  const { refetch } = list;
  const [chosen, setChosen] = useState<string | null>(null);
  // The day's backup is written in the background after unlocking, so the folder is read again each time the dialog opens.
  useEffect(() => void refetch(), [refetch]);
  const items = list.data?.items ?? [];

  if (list.data && items.length === 0)
    return <p>None yet. Afterword makes one on each day you open your journal, and keeps the last seven.</p>;
  return (
    <>
      <ErrorMessage message={list.error?.message ?? null} />
      <ul className="auto-backups" aria-label="Automatic backups">
        {items.map((backup) => (
          <li key={backup.name}>
            <div className="auto-backup-row">
              <span className="auto-backup-when">{formatWhen(backup.createdAt)}</span>
              <span className="auto-backup-meta">
                {backup.entries === null ? 'entries not counted' : entriesCount(backup.entries)}
                {backup.kind === 'pre-migration' ? ' · before an update' : ''}
              </span>
              <button
                type="button"
                className="button button-quiet button-small"
                aria-expanded={chosen === backup.name}
                aria-label={`Restore the backup from ${formatWhen(backup.createdAt)}`}
                onClick={() => setChosen(chosen === backup.name ? null : backup.name)}
              >
                Restore…
              </button>
            </div>
            {chosen === backup.name && (
              <RestoreForm automaticName={backup.name} submitLabel="Check this backup" onPreviewed={onPreviewed} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
