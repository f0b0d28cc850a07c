// One row of the entry list: date and template, title (or "Untitled"), a one-line preview, and a quiet mark on a guided entry left
// partly answered.
import type { ReactNode } from 'react';
import type { EntrySummary } from '../../../contract';
import { formatEntryDate } from '../formatEntryDate';

interface EntryRowProps {
  entry: EntrySummary;
  /** The name of the template the entry was started from, shown as a small label. */
  templateName?: string | null;
  selected?: boolean;
  onSelect?: () => void;
  /** Extra controls beside the row, such as Restore in the Trash. */
  action?: ReactNode;
  /** In a roving list only one row takes Tab; the others are reached with the arrow keys. */
  tabbable?: boolean;
  onFocus?: () => void;
}

export function EntryRow({ entry, templateName = null, selected = false, onSelect, action, tabbable = true, onFocus }: EntryRowProps) {
  const unfinished = entry.progress !== null && entry.progress.answered < entry.progress.prompts ? entry.progress : null;
  const body = (
    <>
      <span className="row-head">
        <span className="row-date">{formatEntryDate(entry.entryDate)}</span>
        {templateName && <span className="row-template">{templateName}</span>}
      </span>
      <span className={`row-title ${entry.title ? '' : 'row-untitled'}`}>{entry.title || 'Untitled'}</span>
      <span className="row-preview">{entry.preview || 'Nothing written yet'}</span>
      {(entry.favorite || entry.tags.length > 0 || unfinished) && (
        <span className="row-meta">
          {unfinished && (
            <span className="row-unfinished">
              Unfinished · {unfinished.answered} of {unfinished.prompts}
            </span>
          )}
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
