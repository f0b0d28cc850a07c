// "Back up…" and "Restore…": one encrypted file of the whole journal, and putting one back — a file or an automatic backup —
// after a confirmation that names both journals (the current one is kept aside).
import { useEffect, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useContractMutation } from '../../data/useContract';
import { FileJobStatus } from '../export/FileJobStatus';
import { useFileJob } from '../export/useFileJob';
import { AutomaticBackups } from './AutomaticBackups';
import { RestoreConfirm } from './RestoreConfirm';
import { RestoreForm } from './RestoreForm';
import type { RestoreDone, RestorePreview } from './restoreRequest';

interface BackupDialogProps {
  /** Before backing up, unsaved text is saved so the backup holds it. */
  flush: () => Promise<boolean>;
  onRestored: (done: RestoreDone) => void;
  onClose: () => void;
}

export function BackupDialog({ flush, onRestored, onClose }: BackupDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const job = useFileJob();
  const create = useContractMutation('backup.create').run;
  /** A backup checked and counted, waiting for the writer to confirm. */
  const [checked, setChecked] = useState<RestorePreview | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  async function backUp() {
    setBusy(true);
    setError(null);
    setSaved(null);
    const result = (await flush()) ? await job.track('backup.create', () => create({})) : null;
    setBusy(false);
    if (!result) return setError('Your latest changes could not be saved, so no backup was made. Try again in a moment.');
    if (!result.ok && result.error.code === 'CANCELLED') return setSaved('Backup stopped. Nothing was saved.');
    if (!result.ok) return setError(result.error.message);
    if (result.value.saved) setSaved(`Saved “${result.value.fileName}”. Keep it somewhere other than this computer.`);
  }

  return (
    <dialog ref={dialog} className="backup-dialog" aria-labelledby="backup-title" onClose={onClose}>
      <h2 id="backup-title">Backups</h2>
      <section>
        <h3>Back up</h3>
        <p>One file with your whole journal, still encrypted: it opens only with your passphrase or recovery code.</p>
        <button type="button" className="button button-primary" onClick={() => void backUp()} disabled={busy}>
          {busy ? 'Backing up…' : 'Back up…'}
        </button>
        {job.running && <FileJobStatus job={job.running} progress={job.progress} onCancel={job.cancel} />}
        {saved && (
          <p className="backup-saved" role="status">
            {saved}
          </p>
        )}
        <ErrorMessage message={error} />
      </section>
      <section>
        <h3>Automatic backups</h3>
        <AutomaticBackups onPreviewed={setChecked} />
      </section>
      <section>
        <h3>Restore a backup file</h3>
        <p>
          Replaces the journal you have open now with the backup, after checking it. Your current journal is kept aside in the data folder,
          so this can be undone.
        </p>
        <RestoreForm submitLabel="Restore…" onPreviewed={setChecked} />
      </section>
      {checked && <RestoreConfirm checked={checked} onRestored={onRestored} onClose={() => setChecked(null)} />}
      <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
