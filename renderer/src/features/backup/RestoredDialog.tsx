// After a restore, in the journal it brought back: what happened, and Undo restore (the replaced journal was kept aside).
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useContractMutation } from '../../data/useContract';
import type { RestoreDone } from './restoreRequest';
import { restoreResult } from './restoreWords';

interface Props {
  done: RestoreDone;
  /** The replaced journal is back: open (`unlocked`) or waiting for its own passphrase. */
  onUndone: (unlocked: boolean) => void;
  onClose: () => void;
}

export function RestoredDialog({ done, onUndone, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const undoRestore = useContractMutation('backup.undoRestore').run;
  const replaced = done.outcome.replaced;

  async function undo() {
    if (!replaced) return;
    setBusy(true);
    setError(null);
    // The secret used for the restore is tried first; a journal with another passphrase waits on the unlock screen.
    const result = await undoRestore({ replaced, ...done.proof });
    setBusy(false);
    if (result.ok) onUndone(result.value.unlocked);
    else setError(result.error.message);
  }

  return (
    <Dialog
      title="Backup restored"
      size="narrow"
      onClose={() => !busy && onClose()}
      footer={
        <>
          {replaced && (
            <button type="button" className="button button-quiet" onClick={() => void undo()} disabled={busy}>
              {busy ? 'Switching back…' : 'Undo restore'}
            </button>
          )}
          <button type="button" className="button button-primary" data-autofocus onClick={onClose} disabled={busy}>
            Keep the restored journal
          </button>
        </>
      }
    >
      <p role="status">{restoreResult(done.outcome)}</p>
      <ErrorMessage message={error} />
    </Dialog>
  );
}
