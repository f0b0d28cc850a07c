// The journal's entries, newest first, with a button to fetch older pages.
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useEntryList } from '../useEntryList';
import { EntryRow } from './EntryRow';

interface EntryListProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function EntryList({ selectedId, onSelect }: EntryListProps) {
  const { entries, error, hasMore, loadMore } = useEntryList();
  return (
    <>
      <ErrorMessage message={error} />
      {entries === null ? (
        <p className="list-empty">Opening your entries…</p>
      ) : entries.length === 0 ? (
        <p className="list-empty">No entries yet. Your first one starts with “New entry”.</p>
      ) : (
        <ul className="entry-list" aria-label="Entries">
          {entries.map((entry) => (
            <EntryRow key={entry.id} entry={entry} selected={entry.id === selectedId} onSelect={() => onSelect(entry.id)} />
          ))}
        </ul>
      )}
      {entries !== null && entries.length > 0 && hasMore && (
        <button type="button" className="link-button list-more" onClick={loadMore}>
          Show older entries
        </button>
      )}
    </>
  );
}
