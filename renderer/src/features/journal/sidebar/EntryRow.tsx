// One row of the entry list: date, title (or "Untitled") and a one-line preview.
import type { ReactNode } from 'react';
import type { EntrySummary } from '../../../contract';
import { formatEntryDate } from '../formatEntryDate';

interface EntryRowProps {
  entry: EntrySummary;
  selected?: boolean;
  onSelect?: () => void;
  /** Extra controls beside the row, such as Restore in the Trash. */
  action?: ReactNode;
  /** In a roving list only one row takes Tab; the others are reached with the arrow keys. */
  tabbable?: boolean;
  onFocus?: () => void;
}

export function EntryRow({ entry, selected = false, onSelect, action, tabbable = true, onFocus }: EntryRowProps) {
  const body = (
    <>
      <span className="row-date">{formatEntryDate(entry.entryDate)}</span>
      <span className={`row-title ${entry.title ? '' : 'row-untitled'}`}>{entry.title || 'Untitled'}</span>
      <span className="row-preview">{entry.preview || 'Nothing written yet'}</span>
      {(entry.favorite || entry.tags.length > 0) && (
        <span className="row-meta">
          {entry.favorite && (
            <span className="row-star" aria-label="Favourite">
              ★
            </span>
          )}
          {entry.tags.map((tag) => (
            <span key={tag} className="row-tag">
              {tag}
            </span>
          ))}
        </span>
      )}
    </>
  );
  return (
    <li className={`entry-row ${selected ? 'is-selected' : ''}`} data-entry-id={entry.id}>
      {onSelect ? (
        <button
          type="button"
          className="row-main"
          aria-current={selected ? 'true' : undefined}
          tabIndex={tabbable ? 0 : -1}
          onFocus={onFocus}
          onClick={onSelect}
        >
          {body}
        </button>
      ) : (
        <div className="row-main">{body}</div>
      )}
      {action}
    </li>
  );
}
