// Shows the recovery code exactly once, and waits until the writer confirms they have kept it.
import { Fragment, useId, useState } from 'react';
import { AuthLayout } from '../../components/AuthLayout';

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
      <div className="recovery-code" data-testid="recovery-code" aria-label="Recovery code">
        {/* Groups of four read and copy out by hand more reliably; the spaces between them keep selected text readable. */}
        {recoveryCode.split('-').map((group, index) => (
          <Fragment key={index}>
            {index > 0 && ' '}
            <span className="recovery-group">{group}</span>
          </Fragment>
        ))}
      </div>
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
