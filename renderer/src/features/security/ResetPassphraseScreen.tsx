// After unlocking with the recovery code: choose a new passphrase, and get a new recovery code in the same step.
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { AuthLayout } from '../../components/AuthLayout';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NewPassphraseFields } from './NewPassphraseFields';
import { newPassphraseProblem } from './newPassphraseProblem';

interface Props {
  onChanged: (newRecoveryCode: string) => void;
  onSkip: () => void;
}

/** Core remembers the recovery-code unlock that led here (even across a reload): that unlock proves the change. */
export function ResetPassphraseScreen({ onChanged, onSkip }: Props) {
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = newPassphraseProblem(next, repeat);
    setError(problem);
    if (problem || busy) return;
    setBusy(true);
    const result = await api['vault.changePassphrase']({
      next,
      rotateRecoveryCode: true,
    });
    setBusy(false);
    if (result.ok && result.value.recoveryCode) onChanged(result.value.recoveryCode);
    else if (!result.ok) setError(result.error.message);
  }

  return (
    <AuthLayout
      title="Choose a new passphrase"
      intro={
        <p>
          Your journal is open. Choose a new passphrase now; you will also get a new recovery code, and the one you just used will stop
          working.
        </p>
      }
    >
      <form className="auth-form" onSubmit={submit} noValidate>
        <NewPassphraseFields passphrase={next} repeat={repeat} onPassphrase={setNext} onRepeat={setRepeat} autoFocus />
        <ErrorMessage message={error} />
        <button type="submit" className="button button-primary button-wide" disabled={busy}>
          {busy ? 'Saving your new passphrase…' : 'Set new passphrase'}
        </button>
        <button type="button" className="link-button" onClick={onSkip}>
          Not now
        </button>
      </form>
    </AuthLayout>
  );
}
