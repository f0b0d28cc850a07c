// Unlock by passphrase, or by recovery code when the passphrase is forgotten. Shows nothing about the journal's contents while locked.
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { AuthLayout } from '../../components/AuthLayout';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SecretField } from '../../components/SecretField';
import { retryAfterSeconds, useRetryCountdown, waitText } from './useRetryCountdown';

type Mode = 'passphrase' | 'recovery';

/** A damaged journal file, or a key file damaged beyond its spare copy: both are mended by restoring a backup. */
const REPAIRABLE = new Set(['VAULT_CORRUPT', 'VAULT_TAMPERED']);

interface UnlockScreenProps {
  /** Gets the recovery code when that is what opened the journal, so the writer can choose a new passphrase next. */
  onUnlocked: (recoveryCode?: string) => void;
  /** The journal's files are damaged: hand over to the repair screen, with the passphrase already typed. */
  onDamaged: (message: string, passphrase: string) => void;
  notice?: string | null;
}

export function UnlockScreen({ onUnlocked, onDamaged, notice }: UnlockScreenProps) {
  const [mode, setMode] = useState<Mode>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [waitLeft, startWait] = useRetryCountdown();

  function switchMode() {
    setMode((current) => (current === 'passphrase' ? 'recovery' : 'passphrase'));
    setSecret('');
    setError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || secret.length === 0 || waitLeft > 0) return;
    setBusy(true);
    setError(null);
    const result = await api['vault.unlock'](mode === 'passphrase' ? { passphrase: secret } : { recoveryCode: secret });
    setBusy(false);
    if (result.ok) return onUnlocked(mode === 'recovery' ? secret : undefined);
    if (REPAIRABLE.has(result.error.code)) return onDamaged(result.error.message, mode === 'passphrase' ? secret : '');
    setError(result.error.message);
    const wait = retryAfterSeconds(result.error);
    if (wait) startWait(wait);
  }

  const isPassphrase = mode === 'passphrase';
  const intro = notice ? (
    <p className="auth-notice">{notice}</p>
  ) : isPassphrase ? (
    <p>Your journal is locked.</p>
  ) : (
    <p>Unlock with the recovery code you saved when you created this journal. You will then choose a new passphrase.</p>
  );
  return (
    <AuthLayout
      title={isPassphrase ? 'Welcome back' : 'Forgot your passphrase?'}
      intro={intro}
      footer="Without your passphrase or recovery code, nobody — including us — can open this journal."
    >
      <form className="auth-form" onSubmit={submit} noValidate>
        <SecretField
          key={mode}
          label={isPassphrase ? 'Passphrase' : 'Recovery code'}
          value={secret}
          onChange={setSecret}
          plain={!isPassphrase}
          placeholder={isPassphrase ? undefined : 'XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX'}
          autoFocus
          autoComplete={isPassphrase ? 'current-password' : 'off'}
        />
        <ErrorMessage message={error} />
        {waitLeft > 0 && (
          <p className="retry-wait" role="status" data-testid="retry-wait">
            You can try again in {waitText(waitLeft)}.
          </p>
        )}
        <button type="submit" className="button button-primary button-wide" disabled={busy || secret.length === 0 || waitLeft > 0}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
        <button type="button" className="link-button" onClick={switchMode}>
          {isPassphrase ? 'Forgot your passphrase? Use recovery code' : 'Use passphrase'}
        </button>
      </form>
    </AuthLayout>
  );
}
