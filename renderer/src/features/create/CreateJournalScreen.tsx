// First run: choose a passphrase (typed twice) and create the encrypted journal.
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { AuthLayout } from '../../components/AuthLayout';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NewPassphraseFields } from '../security/NewPassphraseFields';
import { newPassphraseProblem, type PassphraseWording } from '../security/newPassphraseProblem';

const wording: PassphraseWording = { noun: 'passphrase', label: 'Passphrase', againLabel: 'Type it again' };

export function CreateJournalScreen({
  onCreated,
  onRestoreInstead,
}: {
  onCreated: (recoveryCode: string) => void;
  onRestoreInstead: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = newPassphraseProblem(passphrase, repeat, wording);
    setError(problem);
    if (problem || busy) return;
    setBusy(true);
    const result = await api['vault.create']({ passphrase });
    setBusy(false);
    if (result.ok) onCreated(result.value.recoveryCode);
    else setError(result.error.message);
  }

  return (
    <AuthLayout
      title="Create your journal"
      intro={
        <p>
          Everything you write is encrypted with this passphrase and stays on this computer. Choose one you will remember: besides it, only
          the recovery code you will see next can open your journal.
        </p>
      }
    >
      <form className="auth-form" onSubmit={submit} noValidate>
        <NewPassphraseFields
          passphrase={passphrase}
          repeat={repeat}
          onPassphrase={setPassphrase}
          onRepeat={setRepeat}
          autoFocus
          wording={wording}
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
