// Shows the recovery code, and waits until the writer confirms they have kept it (core keeps the step pending until then, so a reload shows it again).
import { useId, useState } from 'react';
import { AuthLayout } from '../../components/AuthLayout';
import { RecoveryCodeDisplay } from '../../components/RecoveryCodeDisplay';

export function RecoveryCodeScreen({ recoveryCode, onContinue }: { recoveryCode: string; onContinue: () => void }) {
  const [saved, setSaved] = useState(false);
  const checkboxId = useId();

  return (
    <AuthLayout
      title="Your recovery code"
      intro={
        <p>
          If you ever forget your passphrase, this code is the only other way into your journal. Write it down or store it in a password
          manager. Once you continue, you will not see it again.
        </p>
      }
    >
      <RecoveryCodeDisplay code={recoveryCode} testId="recovery-code" label="Recovery code" />
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
