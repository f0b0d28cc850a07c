// Settings → Security: replace the recovery code (asks for the passphrase). The old code stops working at once; by default the journal gets a new key too.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SecretField } from '../../components/SecretField';
import type { NewRecoveryCode } from './KeyChangeSummary';
import { NewDataKeyOption } from './NewDataKeyOption';

export function NewRecoveryCodeForm({ onNewRecoveryCode }: { onNewRecoveryCode: (code: NewRecoveryCode) => void }) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  // On by default: the old code is not what authorises this, so whoever has it should be locked out of everything here.
  const [newDataKey, setNewDataKey] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (passphrase.length === 0) return setError('Type your passphrase first.');
    setBusy(true);
    setError(null);
    const result = await api['vault.rotateRecoveryCode']({ passphrase, newDataKey });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setPassphrase('');
    onNewRecoveryCode({ recoveryCode: result.value.recoveryCode, change: result.value });
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>New recovery code</h3>
      <p className="settings-note">
        Lost your recovery code, or worried someone saw it? Make a new one. The old code stops working immediately.
      </p>
      <form className="settings-form" onSubmit={submit} noValidate>
        <SecretField label="Your passphrase" value={passphrase} onChange={setPassphrase} autoComplete="current-password" />
        <NewDataKeyOption secret="recovery code" checked={newDataKey} onChange={setNewDataKey} />
        <ErrorMessage message={error} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? (newDataKey ? 'Re-encrypting your journal…' : 'Making a new code…') : 'Show a new recovery code'}
        </button>
      </form>
    </section>
  );
}
