// One commitment: its words and rhythm, today's check-in, twelve weeks of record, earlier wordings, and revise or retire.
import { useState } from 'react';
import type { Commitment } from '../../contract';
import { useContractMutation } from '../../data/useContract';
import { CheckInButtons } from './CheckInButtons';
import { CommitmentForm, type CommitmentDraft } from './CommitmentForm';
import { longDate, ratesWords, rhythmWords } from './commitmentWords';
import { Heatmap } from './Heatmap';

export function CommitmentCard({ commitment, today, todayConfirmed }: { commitment: Commitment; today: string; todayConfirmed: boolean }) {
  const update = useContractMutation('commitments.update').run;
  const retireCommitment = useContractMutation('commitments.retire').run;
  const [editing, setEditing] = useState(false);
  const [confirmRetire, setConfirmRetire] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const active = commitment.status === 'active';

  async function revise(draft: CommitmentDraft): Promise<string | null> {
    const result = await update({ id: commitment.id, ...draft });
    if (!result.ok) return result.error.message;
    setEditing(false);
    return null;
  }

  async function retire() {
    const result = await retireCommitment({ id: commitment.id });
    setError(result.ok ? null : result.error.message);
  }

  const span = [rhythmWords(commitment.rhythm), commitment.endsOn ? `until ${longDate(commitment.endsOn)}` : null]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="commitment" aria-label={commitment.text}>
      {editing ? (
        <CommitmentForm initial={commitment} submitLabel="Save changes" onSubmit={revise} onCancel={() => setEditing(false)} />
      ) : (
        <>
          <h3 className="commitment-text">{commitment.text}</h3>
          <p className="commitment-meta">
            {span}
            {commitment.retiredAt ? ` · retired ${longDate(commitment.retiredAt)}` : ''}
          </p>
        </>
      )}
      <p className="commitment-rates">{ratesWords(commitment)}</p>
      {active && !editing && <CheckInButtons commitment={commitment} today={today} todayConfirmed={todayConfirmed} onRecorded={setError} />}
      <Heatmap commitmentId={commitment.id} today={today} />
      {commitment.revisions.length > 0 && (
        <details className="commitment-revisions">
          <summary>Earlier wording{commitment.revisions.length > 1 ? 's' : ''}</summary>
          <ul>
            {commitment.revisions.map((revision) => (
              <li key={revision.until}>
                “{revision.text}” <span className="commitment-meta">until {longDate(revision.until)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {error && <p className="error-message">{error}</p>}
      {active && !editing && (
        <div className="commitment-actions">
          {confirmRetire ? (
            <>
              <span>Move it to Past commitments? Its record stays.</span>
              <button type="button" className="button button-quiet button-small" onClick={() => void retire()}>
                Retire it
              </button>
              <button type="button" className="link-button" onClick={() => setConfirmRetire(false)}>
                Keep it
              </button>
            </>
          ) : (
            <>
              <button type="button" className="link-button" onClick={() => setEditing(true)}>
                Revise
              </button>
              <button type="button" className="link-button" onClick={() => setConfirmRetire(true)}>
                Retire
              </button>
            </>
          )}
        </div>
      )}
    </article>
  );
}
