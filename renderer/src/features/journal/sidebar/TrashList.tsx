// Entries moved to the Trash, each with a way back.
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useContractQuery } from '../../../data/useContract';
import { EntryRow } from './EntryRow';

export function TrashList({ onRestore }: { onRestore: (id: string) => void }) {
  const trash = useContractQuery('entries.listTrash', {});
  const entries = trash.data?.items ?? null;
  const list =
    entries === null ? (
      <p className="list-empty">Opening the Trash…</p>
    ) : entries.length === 0 ? (
      <p className="list-empty">The Trash is empty. Entries you move here can be restored.</p>
    ) : (
      <ul className="entry-list" aria-label="Trash">
        {entries.map((entry) => (
          <EntryRow
            key={entry.id}
            entry={entry}
            action={
              <button
                type="button"
                className="button button-quiet button-small row-action"
                aria-label={`Restore ${entry.title || 'Untitled'}`}
                onClick={() => onRestore(entry.id)}
              >
                Restore
              </button>
            }
          />
        ))}
      </ul>
    );
  return (
    <>
      <ErrorMessage message={trash.error?.message ?? null} />
      {list}
    </>
  );
}
