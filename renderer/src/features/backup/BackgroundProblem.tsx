// The day's automatic backup runs after unlock, in the background; when it fails (disk full), this says so until dismissed.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';

export function BackgroundProblem() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.name === 'background.failed' && event.task === 'daily-backup' && event.error) setMessage(event.error.message);
      }),
    [],
  );
  if (!message) return null;
  return (
    <div className="background-problem" role="alert">
      <span>{message}</span>
      <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => setMessage(null)}>
        ×
      </button>
    </div>
  );
}
