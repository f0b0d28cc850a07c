// Before a restore replaces anything: the backup's date and entries against the journal's own, and that it can be undone.
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useContractMutation } from '../../data/useContract';
import { restoreInput, type RestoreDone, type RestorePreview } from './restoreRequest';
import { restoreConfirmation } from './restoreWords';
import type { ApiInput } from '../../contract';

interface Props {
  checked: RestorePreview;
  onRestored: (done: RestoreDone) => void;
  onClose: () => void;
}

export function RestoreConfirm({ checked, onRestored, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Both drop every cached answer of the journal they replace (contract/backup/cache.ts).
  const restoreFile = useContractMutation('backup.restore').run;
  const restoreAutomatic = useContractMutation('backup.restoreAutomatic').run;

  async function confirm() {
    setBusy(true);
    setError(null);
    const { method, input } = restoreInput(checked.request, false);
    const result =
      method === 'backup.restore'
        ? await restoreFile(input as ApiInput<'backup.restore'>)
        : await restoreAutomatic(input as ApiInput<'backup.restoreAutomatic'>);
    setBusy(false);
    if (result.ok) onRestored({ outcome: result.value, proof: checked.request.proof });
    else setError(result.error.message);
  }

  return (
    <Dialog
      title="Restore this backup?"
      size="narrow"
      onClose={() => !busy && onClose()}
      footer={
        <>
          <button type="button" className="button button-quiet" data-autofocus onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => void confirm()} disabled={busy}>
            {busy ? 'Restoring…' : 'Replace my journal'}
          </button>
        </>
      }
    >
      {restoreConfirmation(checked.preview).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <ErrorMessage message={error} />
    </Dialog>
  );
}
