// The Commitments view: the week in one line, each active commitment with today's check-in and its record, past ones, and adding by hand.
import { ErrorMessage } from '../../components/ErrorMessage';
import { CommitmentCard } from './CommitmentCard';
import { CommitmentForm, type CommitmentDraft } from './CommitmentForm';
import { ReminderSetting } from './ReminderSetting';
import { useContractMutation } from '../../data/useContract';
import { useCommitments, useFreshCommitments } from './useCommitments';

interface Props {
  onClose: () => void;
  /** Starts a Follow-through check-in entry, which opens with the week's record. */
  onWeeklyCheckIn: () => void;
}

export function CommitmentsView({ onClose, onWeeklyCheckIn }: Props) {
  useFreshCommitments();
  const data = useCommitments();
  const { active, past, today, todayConfirmed, week } = data;
  const create = useContractMutation('commitments.create').run;

  async function add(draft: CommitmentDraft): Promise<string | null> {
    const result = await create({ text: draft.text, rhythm: draft.rhythm, ...(draft.endsOn ? { endsOn: draft.endsOn } : {}) });
    return result.ok ? null : result.error.message;
  }

  return (
    <div className="settings-pane commitments-pane">
      <header className="settings-head">
        <h2>Commitments</h2>
        <button type="button" className="button button-quiet button-small" onClick={onClose}>
          Done
        </button>
      </header>
      <p className="settings-lead">
        The promises you made yourself, and how they have gone. Missing a day is fine; this is a record, not a test.
      </p>
      <ErrorMessage message={data.error} />
      {week && (
        <div className="week-line">
          <p>{week.line}</p>
          <button type="button" className="button button-quiet button-small" onClick={onWeeklyCheckIn}>
            Start the weekly check-in
          </button>
        </div>
      )}
      {active && today && (
        <section className="commitments-section" aria-label="Active commitments">
          {active.length === 0 && (
            <p className="settings-note">
              No commitments yet. They appear here when you write them in a “What will be different” plan, or you can add one below.
            </p>
          )}
          {active.map((commitment) => (
            <CommitmentCard key={commitment.id} commitment={commitment} today={today} todayConfirmed={todayConfirmed} />
          ))}
        </section>
      )}
      <section className="commitments-section" aria-label="Add a commitment">
        <h3>Add a commitment</h3>
        <CommitmentForm submitLabel="Add commitment" onSubmit={add} />
      </section>
      {past.length > 0 && today && (
        <section className="commitments-section">
          <details className="past-commitments">
            <summary>
              <h3>Past commitments ({past.length})</h3>
            </summary>
            {past.map((commitment) => (
              <CommitmentCard key={commitment.id} commitment={commitment} today={today} todayConfirmed={todayConfirmed} />
            ))}
          </details>
        </section>
      )}
      <ReminderSetting />
    </div>
  );
}
