// The journal's entries, newest first, with a button to fetch older pages.
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useTemplateName } from '../../templates/useTemplates';
import { useEntryList } from '../useEntryList';
import { EntryRow } from './EntryRow';
import { useRovingRows } from './useRovingRows';
import type { ListFilter } from './TagFilters';

interface EntryListProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
  filter?: ListFilter;
}

export function EntryList({ selectedId, onSelect, filter = {} }: EntryListProps) {
  const { entries, error, hasMore, loadMore } = useEntryList(filter);
  const roving = useRovingRows(entries?.map((entry) => entry.id) ?? [], selectedId);
  const templateName = useTemplateName();
  return (
    <>
      <ErrorMessage message={error} />
      {entries === null ? (
        <p className="list-empty">Opening your entries…</p>
      ) : entries.length === 0 ? (
        <p className="list-empty">
          {filter.tag || filter.favorite ? 'No entries match this filter.' : 'No entries yet. Your first one starts with “New entry”.'}
        </p>
      ) : (
        <ul className="entry-list" aria-label="Entries" onKeyDown={roving.onKeyDown}>
          {entries.map((entry) => (
            <EntryRow
              key={entry.id}
              entry={entry}
              templateName={templateName(entry.templateId)}
              selected={entry.id === selectedId}
              onSelect={() => onSelect(entry.id)}
              tabbable={entry.id === roving.tabbableId}
              onFocus={() => roving.onRowFocus(entry.id)}
            />
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
