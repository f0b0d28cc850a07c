// Which typed query to ask for: the newest one at once when no answer is awaited, else the newest when the awaited one arrives.
// No fixed pause (a 120 ms debounce was most of keystroke-to-results), yet never more than one search in flight: the queries
// typed while one runs are skipped, not queued.
import { useEffect, useState } from 'react';

export function useSentQuery(typed: string, awaiting: boolean): string {
  const [sent, setSent] = useState(typed);
  useEffect(() => {
    if (!awaiting && typed !== sent) setSent(typed);
  }, [typed, sent, awaiting]);
  return sent;
}
