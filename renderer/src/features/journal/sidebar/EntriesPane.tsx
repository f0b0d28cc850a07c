// The Entries view of the sidebar: a search field atop the list (or the search itself while searching), filters, then the list.
import { useRef, useState } from 'react';
import { CalendarFilter } from '../../overTime/CalendarFilter';
import { SearchPanel } from '../../search/SearchPanel';
import { useTemplates } from '../../templates/useTemplates';
import { EntryList } from './EntryList';
import { TagFilters, type ListFilter } from './TagFilters';

interface EntriesPaneProps {
  searching: boolean;
  onSearching: (searching: boolean) => void;
  selectedId: string | null;
  onOpen: (id: string, highlight: string | null) => void;
  onNewEntryOn: (day: string) => void;
}

export function EntriesPane({ searching, onSearching, selectedId, onOpen, onNewEntryOn }: EntriesPaneProps) {
  const [filter, setFilter] = useState<ListFilter>({});
  const { templates } = useTemplates();
  const trigger = useRef<HTMLButtonElement>(null);
  const templateName = (id: string | null) => templates.find((t) => t.id === id)?.name ?? null;

  if (searching) {
    return (
      <SearchPanel
        templateName={templateName}
        onOpen={(id, query) => {
          onSearching(false);
          onOpen(id, query);
        }}
        onClose={() => {
          onSearching(false);
          requestAnimationFrame(() => trigger.current?.focus());
        }}
      />
    );
  }
  return (
    <>
      <button ref={trigger} type="button" className="search-trigger" onClick={() => onSearching(true)}>
        Search… <kbd>/</kbd>
      </button>
      <CalendarFilter
        day={filter.from ?? null}
        onDay={(day) => setFilter({ ...filter, from: day ?? undefined, to: day ?? undefined })}
        onNewEntryOn={onNewEntryOn}
      />
      <TagFilters filter={filter} onFilter={setFilter} />
      <EntryList selectedId={selectedId} onSelect={(id) => onOpen(id, null)} filter={filter} />
    </>
  );
}
