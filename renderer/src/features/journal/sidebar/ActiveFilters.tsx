// The filters that are on, each named in words with its own remove button, and one button that clears them all.
import type { ActiveFilter } from '../list/listFilter';

interface ActiveFiltersProps {
  active: readonly ActiveFilter[];
  onRemove: (key: ActiveFilter['key']) => void;
  onClear: () => void;
}

export function ActiveFilters({ active, onRemove, onClear }: ActiveFiltersProps) {
  if (active.length === 0) return null;
  return (
    <div className="active-filters" role="group" aria-label="Active filters">
      {active.map((filter) => (
        <span key={filter.key} className="filter-chip">
          {filter.label}
          <button type="button" className="chip-remove" aria-label={`Remove filter ${filter.label}`} onClick={() => onRemove(filter.key)}>
            ×
          </button>
        </span>
      ))}
      {active.length > 1 && (
        <button type="button" className="link-button" onClick={onClear}>
          Clear all
        </button>
      )}
    </div>
  );
}
