// The tag list with counts: click to filter; rename (which merges onto an existing name); delete.
import { useState } from 'react';
import { useContractMutation, useContractQuery } from '../../../data/useContract';
import type { ListFilter } from '../list/listFilter';

interface TagFiltersProps {
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
}

export function TagFilters({ filter, onFilter }: TagFiltersProps) {
  const tags = useContractQuery('tags.list', {}).data?.items ?? [];
  const rename = useContractMutation('tags.rename').run;
  const remove = useContractMutation('tags.delete').run;
  const [editing, setEditing] = useState<{ name: string; to: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selected = (name: string) => filter.tag?.toLowerCase() === name.toLowerCase();

  async function saveRename() {
    if (!editing) return;
    const result = await rename({ from: editing.name, to: editing.to });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setEditing(null);
    if (filter.tag?.toLowerCase() === editing.name.toLowerCase()) onFilter({ ...filter, tag: result.value.name });
  }

  async function deleteTag(name: string) {
    const result = await remove({ name });
    if (!result.ok) return setError(result.error.message);
    if (filter.tag?.toLowerCase() === name.toLowerCase()) onFilter({ ...filter, tag: undefined });
  }

  return (
    <>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ul className="tag-list" aria-label="All tags">
        {tags.map((tag) => (
          <li key={tag.name} className={selected(tag.name) ? 'is-selected' : ''}>
            {editing?.name === tag.name ? (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  void saveRename();
                }}
              >
                <input
                  aria-label={`New name for ${tag.name}`}
                  value={editing.to}
                  maxLength={40}
                  autoFocus
                  onChange={(event) => setEditing({ ...editing, to: event.target.value })}
                />
                <button type="submit" className="link-button">
                  Rename
                </button>
                <button type="button" className="link-button" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <button
                  type="button"
                  className="tag-filter"
                  aria-pressed={selected(tag.name)}
                  onClick={() => onFilter({ ...filter, tag: selected(tag.name) ? undefined : tag.name })}
                >
                  {tag.name} <span className="tag-count">{tag.count}</span>
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Rename tag ${tag.name}`}
                  onClick={() => setEditing({ name: tag.name, to: tag.name })}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Delete tag ${tag.name}`}
                  onClick={() => void deleteTag(tag.name)}
                >
                  Delete
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
