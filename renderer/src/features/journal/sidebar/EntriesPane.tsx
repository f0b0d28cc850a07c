// The Entries view of the sidebar: a search field atop the list (or the search itself while searching), filters, then the list.
import { useRef, useState } from 'react';
import { SearchPanel } from '../../search/SearchPanel';
import { useTemplateName } from '../../templates/useTemplates';
import { EntryList } from './EntryList';
import { TagFilters, type ListFilter } from './TagFilters';

interface EntriesPaneProps {
  searching: boolean;
  onSearching: (searching: boolean) => void;
  selectedId: string | null;
  onOpen: (id: string, highlight: string | null) => void;
}

export function EntriesPane({ searching, onSearching, selectedId, onOpen }: EntriesPaneProps) {
  const [filter, setFilter] = useState<ListFilter>({});
  const templateName = useTemplateName();
  const trigger = useRef<HTMLButtonElement>(null);

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
      <TagFilters filter={filter} onFilter={setFilter} />
      <EntryList selectedId={selectedId} onSelect={(id) => onOpen(id, null)} filter={filter} />
    </>
  );
}
