// The PDF-only choices: title, page size, and which parts the book has.
import type { PdfOptions } from './exportRequest';

const TOGGLES: Array<{ key: 'includePrompts' | 'omitUnansweredPrompts' | 'coverPage' | 'tableOfContents' | 'pageNumbers'; label: string }> =
  [
    { key: 'includePrompts', label: 'Include template questions' },
    { key: 'omitUnansweredPrompts', label: 'Leave out questions with no answer' },
    { key: 'coverPage', label: 'Cover page with title and dates' },
    { key: 'tableOfContents', label: 'Contents with page numbers' },
    { key: 'pageNumbers', label: 'Page numbers' },
  ];

/** `several`: more than one entry is chosen, so a cover and contents are on unless the writer turns them off (and off for one entry). */
export function PdfOptionsFields({
  options,
  several,
  onChange,
}: {
  options: PdfOptions;
  several: boolean;
  onChange: (next: PdfOptions) => void;
}) {
  return (
    <fieldset className="export-fieldset">
      <legend>PDF</legend>
      <label className="export-field">
        <span>Title</span>
        <input
          type="text"
          value={options.title}
          maxLength={200}
          onChange={(event) => onChange({ ...options, title: event.target.value })}
        />
      </label>
      <div className="export-choices" role="radiogroup" aria-label="Page size">
        <span className="export-choices-label" aria-hidden="true">
          Page size
        </span>
        {(['A4', 'Letter'] as const).map((size) => (
          <label key={size} className="export-choice">
            <input
              type="radio"
              name="page-size"
              checked={options.pageSize === size}
              onChange={() => onChange({ ...options, pageSize: size })}
            />
            {size}
          </label>
        ))}
      </div>
      {TOGGLES.map(({ key, label }) => (
        <label key={key} className="export-check">
          <input
            type="checkbox"
            checked={options[key] ?? several}
            onChange={(event) => onChange({ ...options, [key]: event.target.checked })}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
