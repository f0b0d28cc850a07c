// Add a commitment by hand, or revise one: its words, its rhythm and an optional end date. A new wording keeps the old one.
import { useId, useState, type FormEvent } from 'react';
import type { Rhythm } from '../../contract';
import { weekdayNames } from './commitmentWords';

export interface CommitmentDraft {
  text: string;
  rhythm: Rhythm;
  endsOn: string | null;
}

const kinds: Array<{ kind: Rhythm['kind']; label: string }> = [
  { kind: 'daily', label: 'Every day' },
  { kind: 'weekdays', label: 'Monday to Friday' },
  { kind: 'weekly', label: 'Once a week' },
  { kind: 'whenever', label: 'When it comes up (no schedule)' },
];

interface Props {
  initial?: CommitmentDraft;
  submitLabel: string;
  onSubmit: (draft: CommitmentDraft) => Promise<string | null>;
  onCancel?: () => void;
}

export function CommitmentForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const [text, setText] = useState(initial?.text ?? '');
  const [kind, setKind] = useState<Rhythm['kind']>(initial?.rhythm.kind ?? 'daily');
  const [weekday, setWeekday] = useState(initial?.rhythm.kind === 'weekly' ? initial.rhythm.weekday : 0);
  const [endsOn, setEndsOn] = useState(initial?.endsOn ?? '');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const rhythm: Rhythm = kind === 'weekly' ? { kind, weekday } : { kind };
    const problem = await onSubmit({ text: text.trim(), rhythm, endsOn: endsOn || null });
    setError(problem);
    if (!problem && !initial) setText('');
  }

  return (
    <form className="commitment-form" onSubmit={(event) => void submit(event)}>
      <label className="field-label" htmlFor={`${id}-text`}>
        Your commitment
      </label>
      <textarea
        id={`${id}-text`}
        className="input"
        rows={2}
        maxLength={1000}
        value={text}
        placeholder="When [a moment you will notice] happens, I will [one thing you can do]."
        onChange={(event) => setText(event.target.value)}
      />
      <div className="commitment-form-row">
        <label className="field-label" htmlFor={`${id}-rhythm`}>
          Check in
        </label>
        <select id={`${id}-rhythm`} className="input" value={kind} onChange={(event) => setKind(event.target.value as Rhythm['kind'])}>
          {kinds.map((choice) => (
            <option key={choice.kind} value={choice.kind}>
              {choice.label}
            </option>
          ))}
        </select>
        {kind === 'weekly' && (
          <select aria-label="Which day" className="input" value={weekday} onChange={(event) => setWeekday(Number(event.target.value))}>
            {weekdayNames.map((name, index) => (
              <option key={name} value={index}>
                on {name}
              </option>
            ))}
          </select>
        )}
        <label className="field-label" htmlFor={`${id}-ends`}>
          Until (optional)
        </label>
        <input id={`${id}-ends`} className="input" type="date" value={endsOn} onChange={(event) => setEndsOn(event.target.value)} />
      </div>
      {error && <p className="error-message">{error}</p>}
      <div className="commitment-form-actions">
        <button type="submit" className="button button-primary button-small" disabled={!text.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet button-small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
