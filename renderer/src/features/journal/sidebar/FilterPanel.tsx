// Filters for the list and the search: favourites, template, closing mood, date range, and the tags (see TagFilters).
import type { Template } from '../../../contract';
import { MOOD_LABELS, type ListFilter } from '../list/listFilter';
import { TagFilters } from './TagFilters';

interface FilterPanelProps {
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  templates: ReadonlyArray<Pick<Template, 'id' | 'name'>>;
  /** How many filters are on, shown on the closed panel. */
  activeCount: number;
}

const toggled = (moods: number[] | undefined, mood: number) =>
  moods?.includes(mood) ? moods.filter((m) => m !== mood) : [...(moods ?? []), mood].sort();

export function FilterPanel({ filter, onFilter, templates, activeCount }: FilterPanelProps) {
  const set = (change: Partial<ListFilter>) => onFilter({ ...filter, ...change });
  return (
    <details className="tag-filters">
      <summary>Filter{activeCount > 0 ? ` (${activeCount} on)` : ''}</summary>
      <label className="filter-favorites">
        <input
          type="checkbox"
          checked={filter.favorite === true}
          onChange={(event) => set({ favorite: event.target.checked || undefined })}
        />
        Favourites only
      </label>
      <label className="filter-field">
        Template
        <select value={filter.templateId ?? ''} onChange={(event) => set({ templateId: event.target.value || undefined })}>
          <option value="">Any</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="filter-moods">
        <legend>Closing mood</legend>
        {Object.entries(MOOD_LABELS).map(([value, label]) => (
          <label key={value}>
            <input
              type="checkbox"
              checked={filter.mood?.includes(Number(value)) ?? false}
              onChange={() => set({ mood: toggled(filter.mood, Number(value)) })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="filter-dates">
        <label className="filter-field">
          From
          <input
            type="date"
            value={filter.from ?? ''}
            max={filter.to}
            onChange={(event) => set({ from: event.target.value || undefined })}
          />
        </label>
        <label className="filter-field">
          To
          <input type="date" value={filter.to ?? ''} min={filter.from} onChange={(event) => set({ to: event.target.value || undefined })} />
        </label>
      </div>
      <TagFilters filter={filter} onFilter={onFilter} />
    </details>
  );
}
