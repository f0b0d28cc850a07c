// The unobtrusive save state: "Saving…", "Saved" (a polite status live region), or what went wrong (an alert) with a way to try again.
import { useSyncExternalStore } from 'react';
import type { EntrySaver } from './entrySaver';

interface SaveIndicatorProps {
  saver: EntrySaver;
  /** For CONFLICT: save the writer's text over the version stored elsewhere. */
  onKeepMine: () => void;
}

export function SaveIndicator({ saver, onKeepMine }: SaveIndicatorProps) {
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);
  if (status.state === 'error') {
    const conflict = status.error.code === 'CONFLICT';
    return (
      <div className="save-state save-error" role="alert">
        <span>{status.error.message}</span>
        <button type="button" className="link-button" onClick={conflict ? onKeepMine : () => void saver.flush()}>
          {conflict ? 'Keep my version' : 'Try again'}
        </button>
      </div>
    );
  }
  const text = status.state === 'pending' ? 'Saving…' : status.state === 'saved' ? 'Saved' : '';
  return (
    <div className={`save-state save-${status.state}`} data-testid="save-state" role="status" aria-live="polite">
      {text}
    </div>
  );
}
