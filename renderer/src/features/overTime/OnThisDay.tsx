// On this day: off until the writer turns it on in Settings, and even then shown only after a click, never on its own after unlock.
import { useState } from 'react';
import { localDay } from '../../contract';
import { useContractQuery } from '../../data/useContract';
import { shortDate } from './moodWords';

interface Props {
  enabled: boolean;
  onOpen: (id: string) => void;
  onSettings: () => void;
}

export function OnThisDay({ enabled, onOpen, onSettings }: Props) {
  const [shown, setShown] = useState(false);
  const today = localDay(new Date());
  const answer = useContractQuery('entries.onThisDay', { date: today }, { enabled: enabled && shown });
  const items = answer.data?.items ?? null;
  return (
    <section className="over-time-section" aria-labelledby="on-this-day-title">
      <h3 id="on-this-day-title">On this day</h3>
      {!enabled ? (
        <p className="settings-note">
          On this day is off. It can show what you wrote on this date in earlier months and years, which is not always welcome, so it waits
          for you to choose it.{' '}
          <button type="button" className="link-button" onClick={onSettings}>
            Settings
          </button>
        </p>
      ) : !shown ? (
        <button type="button" className="button button-quiet button-small" onClick={() => setShown(true)}>
          Show what I wrote on this day
        </button>
      ) : items === null ? (
        <p className="settings-note">Looking back…</p>
      ) : items.length === 0 ? (
        <p className="settings-note">Nothing from this date in earlier months.</p>
      ) : (
        <ul className="on-this-day-list" aria-label="Entries from this day">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" className="link-button" onClick={() => onOpen(item.id)}>
                {shortDate(item.entryDate)}: {item.title || 'Untitled'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
