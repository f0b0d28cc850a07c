// Search as you type: one search in flight, the newest typed next (each query is its own cached read), arrows move, Enter opens,
// Escape returns.
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ApiOutput, SearchSort } from '../../contract';
import { useContractQuery } from '../../data/useContract';
import { formatEntryDate } from '../journal/formatEntryDate';
import { searchFilters, type ListFilter } from '../journal/list/listFilter';
import { HighlightedText } from './HighlightedText';
import { useSentQuery } from './useSentQuery';

interface SearchPanelProps {
  templateName: (id: string | null) => string | null;
  onOpen: (id: string, query: string) => void;
  onClose: () => void;
  /** The list's filters narrow the search too; `filters` is their controls, shown under the field. */
  filter: ListFilter;
  filters: ReactNode;
}

export function SearchPanel({ templateName, onOpen, onClose, filter, filters }: SearchPanelProps) {
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<SearchSort>('relevance');
  const [active, setActive] = useState(0);
  const [awaiting, setAwaiting] = useState(false);
  const settled = useSentQuery(q, awaiting);
  const search = useContractQuery(
    'search.query',
    { q: settled, sort, limit: 50, filters: searchFilters(filter) },
    { enabled: settled.trim() !== '' },
  );
  if (search.isFetching !== awaiting) setAwaiting(search.isFetching);
  // While the next answer is awaited the last one stays (no empty flash between keystrokes), opened with its own query so the
  // editor marks what the snippet showed. An older query's answer never replaces a newer one: the query key is the query.
  const last = useRef<{ query: string; answer: ApiOutput<'search.query'> } | null>(null);
  if (search.data && settled.trim() !== '') last.current = { query: settled, answer: search.data };
  const shown = q.trim() === '' ? null : last.current;
  const answer = shown?.answer ?? null;
  const items = answer?.items ?? [];

  function keyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') return onClose();
    // Arrows and Enter belong to the results only while typing in the field (a filter's own controls keep theirs).
    if (!(event.target instanceof HTMLInputElement && event.target.type === 'search')) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(0, Math.min(items.length - 1, i + step)));
    }
    if (event.key === 'Enter' && items[active]) {
      event.preventDefault();
      onOpen(items[active].id, shown!.query);
    }
  }

  return (
    <div className="search-panel" onKeyDown={keyDown}>
      <input
        className="search-input"
        type="search"
        aria-label="Search your journal"
        placeholder='Search: words, "a phrase", tag:name, is:favorite'
        aria-controls="search-results"
        aria-activedescendant={items[active] ? `search-hit-${items[active].id}` : undefined}
        autoFocus
        value={q}
        onChange={(event) => {
          setQ(event.target.value);
          setActive(0);
        }}
      />
      {filters}
      <div className="search-meta">
        <span role="status">{answer ? `${answer.total.toLocaleString()} ${answer.total === 1 ? 'entry' : 'entries'}` : ''}</span>
        <label className="search-sort">
          <input type="checkbox" checked={sort === 'newest'} onChange={(event) => setSort(event.target.checked ? 'newest' : 'relevance')} />
          Newest first
        </label>
      </div>
      {search.error && <p className="list-empty">{search.error.message}</p>}
      <ul id="search-results" className="search-results" aria-label="Search results" role="listbox">
        {items.map((hit, index) => (
          // An option is not a button (no control inside another): the field keeps focus and points at the active one.
          <li
            key={hit.id}
            id={`search-hit-${hit.id}`}
            role="option"
            aria-selected={index === active}
            className={`search-hit ${index === active ? 'is-active' : ''}`}
            onClick={() => onOpen(hit.id, shown!.query)}
            onMouseEnter={() => setActive(index)}
          >
            <span className="row-date">{formatEntryDate(hit.entryDate)}</span>
            <span className="row-title">{hit.title || templateName(hit.templateId) || 'Untitled'}</span>
            {hit.templateId && templateName(hit.templateId) && <span className="hit-template">{templateName(hit.templateId)}</span>}
            <span className="hit-snippet">
              <HighlightedText text={hit.snippet} highlights={hit.highlights} />
            </span>
          </li>
        ))}
      </ul>
      {answer && items.length === 0 && <p className="list-empty">Nothing found. Try fewer words, or the start of a word.</p>}
    </div>
  );
}
