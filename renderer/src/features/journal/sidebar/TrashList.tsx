// Entries moved to the Trash, each with a way back.
import type { EntrySummary } from '../../../contract';
import { EntryRow } from './EntryRow';

export function TrashList({ entries, onRestore }: { entries: EntrySummary[] | null; onRestore: (id: string) => void }) {
  if (entries === null) return <p className="list-empty">Opening the Trash…</p>;
  if (entries.length === 0) return <p className="list-empty">The Trash is empty. Entries you move here can be restored.</p>;
  return (
    <ul className="entry-list" aria-label="Trash">
      {entries.map((entry) => (
        <EntryRow
          key={entry.id}
          entry={entry}
          action={
            <button type="button" className="button button-quiet button-small row-action" aria-label={`Restore ${entry.title || 'Untitled'}`} onClick={() => onRestore(entry.id)}>
              Restore
            </button>
          }
        />
      ))}
    </ul>
  );
}
