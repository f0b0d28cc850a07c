// One tap records today's check-in (Kept / Partly / Not this time); a note can be added after, and tapping again changes the answer.
import { useEffect, useId, useState } from 'react';
import type { CheckInResult, Commitment } from '../../contract';
import { useContractMutation } from '../../data/useContract';

const labels: Record<CheckInResult, string> = { kept: 'Kept', partly: 'Partly', missed: 'Not this time' };
const results = Object.keys(labels) as CheckInResult[];

export function CheckInButtons({
  commitment,
  today,
  todayConfirmed,
  onRecorded,
}: {
  commitment: Commitment;
  today: string;
  /** False while the view's answer may still be from another day: the buttons wait for core's (see useCommitments). */
  todayConfirmed: boolean;
  onRecorded: (error: string | null) => void;
}) {
  const noteId = useId();
  const recordCheckIn = useContractMutation('checkIns.record').run;
  const todays = commitment.lastCheckIn?.date === today ? commitment.lastCheckIn : null;
  const [note, setNote] = useState(todays?.note ?? '');
  const [noteOpen, setNoteOpen] = useState(false);
  useEffect(() => setNote(todays?.note ?? ''), [todays?.note]);

  async function record(result: CheckInResult, withNote = todays?.note ?? '') {
    const answer = await recordCheckIn({ commitmentId: commitment.id, date: today, result, ...(withNote ? { note: withNote } : {}) });
    onRecorded(answer.ok ? null : answer.error.message);
  }

  const question = commitment.dueToday
    ? 'Today'
    : commitment.rhythm.kind === 'whenever'
      ? 'If it came up today'
      : 'Today (not due, but you can still note it)';
  return (
    <div className="check-in">
      <div className="check-in-row" role="group" aria-label={`${question}: how did it go?`}>
        <span className="check-in-question">{question}</span>
        {results.map((result) => (
          <button
            key={result}
            type="button"
            className={`check-in-button check-in-${result}`}
            aria-pressed={todays?.result === result}
            disabled={!todayConfirmed}
            onClick={() => void record(result)}
          >
            {labels[result]}
          </button>
        ))}
      </div>
      {todays && !noteOpen && (
        <p className="check-in-saved">
          {todays.note ? `Your note: “${todays.note}”` : 'Recorded.'}{' '}
          <button type="button" className="link-button" onClick={() => setNoteOpen(true)}>
            {todays.note ? 'Change the note' : 'Add a note'}
          </button>
        </p>
      )}
      {todays && noteOpen && (
        <form
          className="check-in-note"
          onSubmit={(event) => {
            event.preventDefault();
            void record(todays.result, note.trim()).then(() => setNoteOpen(false));
          }}
        >
          <label className="field-label" htmlFor={noteId}>
            A note for today (optional)
          </label>
          <input
            id={noteId}
            className="input"
            value={note}
            maxLength={1000}
            onChange={(event) => setNote(event.target.value)}
            placeholder="What helped, or what got in the way"
          />
          <button type="submit" className="button button-quiet button-small">
            Save note
          </button>
        </form>
      )}
    </div>
  );
}
