// The journal's entries, newest first, with a button to fetch older pages.
import type { EntrySummary } from '../../../contract';
import { EntryRow } from './EntryRow';

interface EntryListProps {
  entries: EntrySummary[] | null;
  selectedId: string | null;
  hasMore: boolean;
  onSelect: (id: string) => void;
  onLoadMore: () => void;
}

export function EntryList({ entries, selectedId, hasMore, onSelect, onLoadMore }: EntryListProps) {
  if (entries === null) return <p className="list-empty">Opening your entries…</p>;
  if (entries.length === 0) return <p className="list-empty">No entries yet. Your first one starts with “New entry”.</p>;
  return (
    <>
      <ul className="entry-list" aria-label="Entries">
        {entries.map((entry) => (
          <EntryRow key={entry.id} entry={entry} selected={entry.id === selectedId} onSelect={() => onSelect(entry.id)} />
        ))}
      </ul>
      {hasMore && (
        <button type="button" className="link-button list-more" onClick={onLoadMore}>
          Show older entries
        </button>
      )}
    </>
  );
}
