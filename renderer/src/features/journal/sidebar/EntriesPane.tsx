// The Entries view of the sidebar: a search field atop the list (or the search itself while searching), the filters both share
// (with the active ones named and removable), "Go to date", then the list.
import { useRef, useState } from 'react';
import { CalendarFilter } from '../../overTime/CalendarFilter';
import { SearchPanel } from '../../search/SearchPanel';
import { useTemplates } from '../../templates/useTemplates';
import { formatEntryDate } from '../formatEntryDate';
import { activeFilters, withoutFilter, type ListFilter } from '../list/listFilter';
import { ActiveFilters } from './ActiveFilters';
import { EntryList } from './EntryList';
import { FilterPanel } from './FilterPanel';
import { GoToDate } from './GoToDate';

interface EntriesPaneProps {
  searching: boolean;
  onSearching: (searching: boolean) => void;
  selectedId: string | null;
  onOpen: (id: string, highlight: string | null) => void;
  onNewEntryOn: (day: string) => void;
}

export function EntriesPane({ searching, onSearching, selectedId, onOpen, onNewEntryOn }: EntriesPaneProps) {
  const [filter, setFilter] = useState<ListFilter>({});
  const [jump, setJump] = useState<{ anchor: string | null; count: number; focus: boolean }>({ anchor: null, count: 0, focus: false });
  const { templates } = useTemplates();
  const trigger = useRef<HTMLButtonElement>(null);
  const templateName = (id: string | null) => templates.find((t) => t.id === id)?.name ?? null;
  const active = activeFilters(filter, templateName, formatEntryDate);
  const changeFilter = (next: ListFilter) => {
    setFilter(next);
    setJump((current) => ({ ...current, focus: false }));
  };
  const filters = (
    <>
      <FilterPanel filter={filter} onFilter={changeFilter} templates={templates} activeCount={active.length} />
      <ActiveFilters active={active} onRemove={(key) => changeFilter(withoutFilter(filter, key))} onClear={() => changeFilter({})} />
    </>
  );

  if (searching) {
    return (
      <SearchPanel
        templateName={templateName}
        filter={filter}
        filters={filters}
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
    <div className="entries-pane">
      <button ref={trigger} type="button" className="search-trigger" onClick={() => onSearching(true)}>
        Search… <kbd>/</kbd>
      </button>
      <CalendarFilter
        // A day picked in the calendar is the date-range filter from that day to that day.
        day={filter.from !== undefined && filter.from === filter.to ? filter.from : null}
        onDay={(day) => changeFilter({ ...filter, from: day ?? undefined, to: day ?? undefined })}
        onNewEntryOn={onNewEntryOn}
      />
      {filters}
      <GoToDate anchor={jump.anchor} onGo={(anchor) => setJump((current) => ({ anchor, count: current.count + 1, focus: true }))} />
      <EntryList
        // A new list per filter or jump: it starts scrolled to its top.
        key={`${JSON.stringify(filter)} ${jump.anchor} ${jump.count}`}
        selectedId={selectedId}
        onSelect={(id) => onOpen(id, null)}
        filter={filter}
        anchor={jump.anchor}
        focusOnLoad={jump.focus}
        templateName={templateName}
        emptyMessage={
          jump.anchor
            ? `Nothing written on or before ${formatEntryDate(jump.anchor)}${active.length ? ' that matches the filters' : ''}.`
            : active.length
              ? 'No entries match these filters.'
              : 'No entries yet. Your first one starts with “New entry”.'
        }
      />
    </div>
  );
}
