// After a key change: what became of the journal's key and each automatic backup, said plainly.
import type { MethodOutput } from '../../contract';

export type KeyChange = Pick<MethodOutput<'vault.rotateRecoveryCode'>, 'dataKey' | 'backups'>;

/** A key change that made a new recovery code: the app shows it full-screen until the writer confirms it is saved. */
export interface NewRecoveryCode {
  recoveryCode: string;
  change: KeyChange;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function KeyChangeSummary({ change }: { change: KeyChange }) {
  const { remade, deleted } = change.backups;
  return (
    <div className="settings-done" role="status" data-testid="key-change-summary">
      {change.dataKey === 'replaced' ? (
        <p>
          Your journal and its automatic backups are now encrypted with a new key. Your old secret opens nothing in this journal&apos;s
          folder.
        </p>
      ) : (
        <p>Your journal keeps its key; only the way in changed.</p>
      )}
      {remade.length > 0 && (
        <p>
          {count(remade.length, 'automatic backup')} {remade.length === 1 ? 'was' : 'were'} re-made to match.
        </p>
      )}
      {deleted.length > 0 && (
        <p>
          {count(deleted.length, 'automatic backup')} could not be re-made (damaged) and {deleted.length === 1 ? 'was' : 'were'} deleted, so
          the old secret cannot open {deleted.length === 1 ? 'it' : 'them'}: {deleted.join(', ')}.
        </p>
      )}
    </div>
  );
}
