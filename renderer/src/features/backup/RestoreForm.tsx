// Restore a backup: the file (in the browser; Electron asks with its own dialog) or an automatic backup, and that backup's secret.
import { useState, type FormEvent } from 'react';
import { acceptFor } from '../../contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SecretField } from '../../components/SecretField';
import { useContractMutation } from '../../data/useContract';
import { previewRestore, type RestorePreview, type RestoreRequest } from './restoreRequest';

type Mode = 'passphrase' | 'recovery';

interface RestoreFormProps {
  /** An automatic backup's name; without it the person picks a backup file. */
  automaticName?: string;
  initialPassphrase?: string;
  submitLabel: string;
  onRestored?: () => void;
  /** When given, the backup is only checked and counted (nothing changes) and the writer confirms before it replaces anything. */
  onPreviewed?: (preview: RestorePreview) => void;
}

/** In Electron main shows the open dialog itself; only the browser needs a file field. */
const needsFileField = !window.afterword;

export function RestoreForm({ automaticName, initialPassphrase = '', submitLabel, onRestored, onPreviewed }: RestoreFormProps) {
  const [mode, setMode] = useState<Mode>('passphrase');
  const [secret, setSecret] = useState(initialPassphrase);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileMissing = !automaticName && needsFileField && !file;
  // Both drop every cached answer of the journal they replace (contract/backup/cache.ts).
  const restoreAutomatic = useContractMutation('backup.restoreAutomatic');
  const restoreFile = useContractMutation('backup.restore');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || secret.length === 0 || fileMissing) return;
    setBusy(true);
    setError(null);
    const proof = mode === 'passphrase' ? { passphrase: secret } : { recoveryCode: secret };
    if (onPreviewed) {
      const request: RestoreRequest = automaticName
        ? { method: 'backup.restoreAutomatic', proof, name: automaticName }
        : { method: 'backup.restore', proof, ...(file ? { file } : {}) };
      const checked = await previewRestore(request);
      setBusy(false);
      return checked.ok ? onPreviewed({ request, preview: checked.value }) : setError(checked.error.message);
    }
    const result = automaticName
      ? await restoreAutomatic.run({ name: automaticName, ...proof })
      : await restoreFile.run({ ...proof, ...(file ? { file } : {}) });
    setBusy(false);
    if (result.ok) onRestored?.();
    else setError(result.error.message);
  }

  function switchMode() {
    setMode((current) => (current === 'passphrase' ? 'recovery' : 'passphrase'));
    setSecret('');
    setError(null);
  }

  const isPassphrase = mode === 'passphrase';
  return (
    <form className="auth-form restore-form" onSubmit={submit} noValidate>
      {!automaticName && needsFileField && (
        <div className="field">
          <label className="field-label" htmlFor="restore-file">
            Backup file
          </label>
          <input
            id="restore-file"
            className="file-input"
            type="file"
            accept={acceptFor('backup.restore')}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
      )}
      <SecretField
        key={mode}
        label={isPassphrase ? 'Passphrase of that backup' : 'Recovery code of that backup'}
        value={secret}
        onChange={setSecret}
        plain={!isPassphrase}
        hint="The one you had when the backup was made. After restoring, it is your journal’s passphrase again."
        autoComplete="off"
      />
      <ErrorMessage message={error} />
      <button type="submit" className="button button-primary button-wide" disabled={busy || secret.length === 0 || fileMissing}>
        {busy ? (onPreviewed ? 'Checking the backup…' : 'Checking and restoring…') : submitLabel}
      </button>
      <button type="button" className="link-button" onClick={switchMode}>
        {isPassphrase ? 'Use recovery code' : 'Use passphrase'}
      </button>
    </form>
  );
}
