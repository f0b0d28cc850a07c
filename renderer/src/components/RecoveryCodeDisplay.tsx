// A recovery code shown in groups of four, for the create screen and Settings → Security.
import { Fragment } from 'react';

export function RecoveryCodeDisplay({ code, testId, label }: { code: string; testId: string; label: string }) {
  return (
    <div className="recovery-code" data-testid={testId} aria-label={label}>
      {/* Groups of four read and copy out by hand more reliably; the spaces between them keep selected text readable. */}
      {code.split('-').map((group, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          <span className="recovery-group">{group}</span>
        </Fragment>
      ))}
    </div>
  );
}
