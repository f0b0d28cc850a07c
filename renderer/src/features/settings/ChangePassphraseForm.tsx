// Settings → Security: change the passphrase (asks for the current one). Only the key is rewrapped; entries are not re-encrypted.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SecretField } from '../../components/SecretField';
import { NewPassphraseFields } from '../security/NewPassphraseFields';
import { newPassphraseProblem } from '../security/newPassphraseProblem';

export function ChangePassphraseForm() {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = current.length === 0 ? 'Type your current passphrase first.' : newPassphraseProblem(next, repeat);
    setError(problem);
    setDone(false);
    if (problem || busy) return;
    setBusy(true);
    const result = await api['vault.changePassphrase']({ current, next });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setCurrent('');
    setNext('');
    setRepeat('');
    setDone(true);
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Change passphrase</h3>
      <form className="settings-form" onSubmit={submit} noValidate>
        <SecretField label="Current passphrase" value={current} onChange={setCurrent} autoComplete="current-password" />
        <NewPassphraseFields passphrase={next} repeat={repeat} onPassphrase={setNext} onRepeat={setRepeat} />
        <ErrorMessage message={error} />
        {done && (
          <p className="settings-done" role="status">
            Passphrase changed. Use the new one from now on; your recovery code still works.
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
      </form>
    </section>
  );
}
