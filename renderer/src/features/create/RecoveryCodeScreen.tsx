// Shows the recovery code exactly once, and waits until the writer confirms they have kept it.
import { useId, useState } from 'react';
import { AuthLayout } from '../../components/AuthLayout';
import { RecoveryCodeDisplay } from '../../components/RecoveryCodeDisplay';

type CopyState = 'idle' | 'copied' | 'failed';

export function RecoveryCodeScreen({ recoveryCode, onContinue }: { recoveryCode: string; onContinue: () => void }) {
  const [saved, setSaved] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const checkboxId = useId();

  async function copyCode() {
    try {
      await navigator.clipboard.writeText(recoveryCode);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <AuthLayout
      title="Your recovery code"
      intro={
        <p>
          If you ever forget your passphrase, this code is the only other way into your journal. Write it down or store it in a password manager. You will not
          see it again.
        </p>
      }
    >
      <RecoveryCodeDisplay code={recoveryCode} testId="recovery-code" label="Recovery code" />
      <div className="recovery-actions">
        <button type="button" className="button button-quiet" onClick={copyCode}>
          {copy === 'copied' ? 'Copied' : 'Copy code'}
        </button>
        <span className="recovery-copy-note" aria-live="polite">
          {copy === 'failed' ? 'Copying is not allowed here. Select the code and copy it by hand.' : ''}
        </span>
      </div>
      <div className="checkbox-row">
        <input id={checkboxId} type="checkbox" checked={saved} onChange={(event) => setSaved(event.target.checked)} />
        <label htmlFor={checkboxId}>I have saved my recovery code somewhere safe</label>
      </div>
      <button type="button" className="button button-primary button-wide" disabled={!saved} onClick={onContinue}>
        Continue
      </button>
    </AuthLayout>
  );
}
