// One row of the entry list: date and template, title (or "Untitled"), a two-line preview, a quiet mark on a guided entry
// left partly answered, tags, the closing mood, and a star.
import type { CSSProperties, ReactNode, Ref } from 'react';
import type { EntrySummary } from '../../../contract';
import { formatEntryDate } from '../formatEntryDate';
import { MOOD_LABELS } from '../list/listFilter';

interface EntryRowProps {
  entry: EntrySummary;
  selected?: boolean;
  onSelect?: () => void;
  /** Extra controls beside the row, such as Restore in the Trash. */
  action?: ReactNode;
  /** In a roving list only one row takes Tab; the others are reached with the arrow keys. */
  tabbable?: boolean;
  onFocus?: () => void;
  /** The name of the template the entry was started from, shown as a small label (the title stays the writer's). */
  templateName?: string | null;
  /** A star that marks the entry a favourite without opening it. */
  onStar?: () => void;
  /** A month heading above the row (on the first entry of each month). */
  heading?: string | null;
  /** Placement inside a virtualized list. */
  rowRef?: Ref<HTMLLIElement>;
  index?: number;
  style?: CSSProperties;
}

function RowMeta({ entry }: { entry: EntrySummary }) {
  const unfinished = entry.progress !== null && entry.progress.answered < entry.progress.prompts ? entry.progress : null;
  if (entry.tags.length === 0 && entry.mood === null && !unfinished) return null;
  return (
    <span className="row-meta">
      {unfinished && (
        <span className="row-unfinished">
          Unfinished · {unfinished.answered} of {unfinished.prompts}
        </span>
      )}
      {entry.mood !== null && <span className="row-mood">Felt: {MOOD_LABELS[entry.mood]}</span>}
      {entry.tags.map((tag) => (
        <span key={tag} className="row-tag">
          {tag}
        </span>
      ))}
    </span>
  );
}

export function EntryRow({
  entry,
  selected = false,
  onSelect,
  action,
  tabbable = true,
  onFocus,
  templateName = null,
  onStar,
  heading,
  ...place
}: EntryRowProps) {
  const body = (
    <>
      <span className="row-head">
        <span className="row-date">{formatEntryDate(entry.entryDate)}</span>
        {templateName && <span className="row-template">{templateName}</span>}
      </span>
      <span className={`row-title ${entry.title ? '' : 'row-untitled'}`}>{entry.title || 'Untitled'}</span>
      <span className="row-preview">{entry.preview || 'Nothing written yet'}</span>
      <RowMeta entry={entry} />
      {!onStar && entry.favorite && (
        <span className="row-star" aria-label="Favourite">
          ★
        </span>
      )}
    </>
  );
  return (
    <li
      ref={place.rowRef}
      data-index={place.index}
      style={place.style}
      className={`entry-row ${selected ? 'is-selected' : ''} ${heading ? 'has-heading' : ''}`}
      data-entry-id={entry.id}
    >
      {heading && <h3 className="list-month">{heading}</h3>}
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
      {onStar && (
        // Out of the Tab order (the list is one Tab stop); the entry's own header has the same star for the keyboard.
        <button
          type="button"
          className={`row-star-toggle ${entry.favorite ? 'is-on' : ''}`}
          tabIndex={-1}
          aria-pressed={entry.favorite}
          aria-label="Favourite"
          title={entry.favorite ? 'Remove from favourites' : 'Add to favourites'}
          onClick={onStar}
        >
          {entry.favorite ? '★' : '☆'}
        </button>
      )}
      {action}
    </li>
  );
}
