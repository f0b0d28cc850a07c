// First run: choose a passphrase (typed twice) and create the encrypted journal.
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { AuthLayout } from '../../components/AuthLayout';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SecretField } from '../../components/SecretField';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from './passphraseStrength';
import { StrengthHint } from './StrengthHint';

function problemWith(passphrase: string, repeat: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return `Your passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  if (passphrase !== repeat) return 'The two passphrases do not match. Type the same one in both fields.';
  return null;
}

export function CreateJournalScreen({ onCreated, onRestoreInstead }: { onCreated: (recoveryCode: string) => void; onRestoreInstead: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = problemWith(passphrase, repeat);
    setError(problem);
    if (problem || busy) return;
    setBusy(true);
    const result = await api['vault.create']({ passphrase });
    setBusy(false);
    if (result.ok) onCreated(result.value.recoveryCode);
    else setError(result.error.message);
  }

  const mismatch = repeat.length > 0 && !passphrase.startsWith(repeat) && repeat !== passphrase;
  return (
    <AuthLayout
      title="Create your journal"
      intro={<p>Everything you write is encrypted with this passphrase and stays on this computer. Choose one you will remember; it cannot be reset.</p>}
    >
      <form className="auth-form" onSubmit={submit} noValidate>
        <SecretField label="Passphrase" value={passphrase} onChange={setPassphrase} autoFocus autoComplete="new-password" hint={<StrengthHint strength={passphraseStrength(passphrase)} />} />
        <SecretField
          label="Type it again"
          value={repeat}
          onChange={setRepeat}
          autoComplete="new-password"
          hint={mismatch ? <span className="field-warning">These do not match yet.</span> : undefined}
        />
        <ErrorMessage message={error} />
        <button type="submit" className="button button-primary button-wide" disabled={busy}>
          {busy ? 'Creating your journal…' : 'Create journal'}
        </button>
        <button type="button" className="link-button" onClick={onRestoreInstead}>
          Restore from a backup file
        </button>
      </form>
    </AuthLayout>
  );
}
