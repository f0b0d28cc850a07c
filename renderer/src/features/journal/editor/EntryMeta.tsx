// The entry's star and tags: each change saved at once (neither bumps the entry's version, so typing is never in conflict).
import { useState, type KeyboardEvent } from 'react';
import type { Entry } from '../../../contract';
import { useContractMutation, useContractQuery } from '../../../data/useContract';

export function EntryMeta({ entry }: { entry: Entry }) {
  const [favorite, setFavorite] = useState(entry.favorite);
  const [tags, setTags] = useState(entry.tags);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const update = useContractMutation('entries.update').run;
  const known = useContractQuery('tags.list', {}).data?.items ?? [];

  async function save(change: { favorite?: boolean; tags?: string[] }) {
    const result = await update({ id: entry.id, ...change });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setFavorite(result.value.favorite);
    setTags(result.value.tags);
    setDraft('');
  }

  function addFromDraft() {
    const names = draft
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    if (names.length) void save({ tags: [...tags, ...names] });
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      addFromDraft();
    }
    if (event.key === 'Backspace' && draft === '' && tags.length) void save({ tags: tags.slice(0, -1) });
  }

  return (
    <div className="entry-meta">
      <button
        type="button"
        className="star-button"
        aria-pressed={favorite}
        aria-label={favorite ? 'Remove from favourites' : 'Add to favourites'}
        onClick={() => void save({ favorite: !favorite })}
      >
        {favorite ? '★' : '☆'}
      </button>
      <ul className="tag-chips" aria-label="Tags of this entry">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            {tag}
            <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => void save({ tags: tags.filter((t) => t !== tag) })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        className="tag-input"
        aria-label="Add a tag"
        placeholder="Add a tag"
        list={`tag-suggestions-${entry.id}`}
        value={draft}
        maxLength={40}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={keyDown}
      />
      <datalist id={`tag-suggestions-${entry.id}`}>
        {known
          .filter((tag) => !tags.some((t) => t.toLowerCase() === tag.name.toLowerCase()))
          .map((tag) => (
            <option key={tag.name} value={tag.name} />
          ))}
      </datalist>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
