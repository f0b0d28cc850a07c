// Shows the recovery code, and waits until the writer confirms they have kept it (core keeps the step pending until then, so a reload shows it again).
// The same screen follows a key change in Settings that made a new code: nothing else can be done until it is confirmed.
import { useId, useState, type ReactNode } from 'react';
import { AuthLayout } from '../../components/AuthLayout';
import { RecoveryCodeDisplay } from '../../components/RecoveryCodeDisplay';

interface RecoveryCodeScreenProps {
  recoveryCode: string;
  onContinue: () => void;
  /** A code that replaces an older one (after a key change in Settings), and what that change did. */
  replacement?: { summary: ReactNode };
}

export function RecoveryCodeScreen({ recoveryCode, onContinue, replacement }: RecoveryCodeScreenProps) {
  const [saved, setSaved] = useState(false);
  const checkboxId = useId();

  return (
    <AuthLayout
      title={replacement ? 'Your new recovery code' : 'Your recovery code'}
      intro={
        <p>
          {replacement ? 'Your old recovery code no longer works. ' : ''}If you ever forget your passphrase, this code is the only other way
          into your journal. Write it down or store it in a password manager. Once you continue, you will not see it again.
        </p>
      }
    >
      {replacement?.summary}
      <RecoveryCodeDisplay
        code={recoveryCode}
        testId={replacement ? 'new-recovery-code' : 'recovery-code'}
        label={replacement ? 'New recovery code' : 'Recovery code'}
      />
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
