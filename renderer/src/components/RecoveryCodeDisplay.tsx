// A recovery code shown in two rows of four groups, with a Copy button: for the set-up screen and Settings → Security alike.
import { Fragment, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

export function RecoveryCodeDisplay({ code, testId, label }: { code: string; testId: string; label: string }) {
  const [copy, setCopy] = useState<CopyState>('idle');

  async function copyCode() {
    try {
      await navigator.clipboard.writeText(code);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <>
      <div className="recovery-code" data-testid={testId} aria-label={label}>
        {/* Groups of four read and copy out by hand more reliably; the spaces between them keep selected text readable. */}
        {code.split('-').map((group, index) => (
          <Fragment key={index}>
            {index > 0 && ' '}
            <span className="recovery-group">{group}</span>
          </Fragment>
        ))}
      </div>
      <div className="recovery-actions">
        <button type="button" className="button button-quiet" onClick={() => void copyCode()}>
          {copy === 'copied' ? 'Copied' : 'Copy code'}
        </button>
        <span className="recovery-copy-note" aria-live="polite">
          {copy === 'failed' ? 'Copying is not allowed here. Select the code and copy it by hand.' : ''}
        </span>
      </div>
    </>
  );
}
