// Settings → Security: change the passphrase (asks for the current one); optionally a new key for the whole journal, with a new recovery code.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SecretField } from '../../components/SecretField';
import type { MethodOutput } from '../../contract';
import { NewPassphraseFields } from '../security/NewPassphraseFields';
import { newPassphraseProblem } from '../security/newPassphraseProblem';
import { KeyChangeSummary, type NewRecoveryCode } from './KeyChangeSummary';
import { NewDataKeyOption } from './NewDataKeyOption';

export function ChangePassphraseForm({ onNewRecoveryCode }: { onNewRecoveryCode: (code: NewRecoveryCode) => void }) {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Off by default: the old passphrase is what authorises this. The writer who fears someone knows it ticks the box.
  const [newDataKey, setNewDataKey] = useState(false);
  const [done, setDone] = useState<MethodOutput<'vault.changePassphrase'> | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = current.length === 0 ? 'Type your current passphrase first.' : newPassphraseProblem(next, repeat);
    setError(problem);
    setDone(null);
    if (problem || busy) return;
    setBusy(true);
    const result = await api['vault.changePassphrase']({ current, next, newDataKey });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setCurrent('');
    setNext('');
    setRepeat('');
    setNewDataKey(false);
    // A new code must be confirmed as saved before anything else, exactly as when the journal was made.
    if (result.value.recoveryCode) return onNewRecoveryCode({ recoveryCode: result.value.recoveryCode, change: result.value });
    setDone(result.value);
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Change passphrase</h3>
      <form className="settings-form" onSubmit={submit} noValidate>
        <SecretField label="Current passphrase" value={current} onChange={setCurrent} autoComplete="current-password" />
        <NewPassphraseFields passphrase={next} repeat={repeat} onPassphrase={setNext} onRepeat={setRepeat} />
        <NewDataKeyOption secret="passphrase" checked={newDataKey} onChange={setNewDataKey} />
        <ErrorMessage message={error} />
        {done && (
          <>
            <p className="settings-done" role="status">
              Passphrase changed. Use the new one from now on; your recovery code still works.
            </p>
            <KeyChangeSummary change={done} />
          </>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? (newDataKey ? 'Re-encrypting your journal…' : 'Changing…') : 'Change passphrase'}
        </button>
      </form>
    </section>
  );
}
