// Settings → Security: how long the journal stays open without input before it locks itself.
import { useEffect, useId, useState } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';

const choices: Array<{ minutes: 1 | 5 | 15 | 30 | 60 | null; label: string }> = [
  { minutes: 1, label: 'After 1 minute' },
  { minutes: 5, label: 'After 5 minutes' },
  { minutes: 15, label: 'After 15 minutes' },
  { minutes: 30, label: 'After 30 minutes' },
  { minutes: 60, label: 'After 1 hour' },
  { minutes: null, label: 'Never' },
];

export function AutoLockSetting() {
  const id = useId();
  const [minutes, setMinutes] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api['settings.get']({}).then((result) => (result.ok ? setMinutes(result.value.autoLockMinutes) : setError(result.error.message)));
  }, []);

  async function choose(value: string) {
    const next = choices.find((choice) => String(choice.minutes) === value)?.minutes;
    if (next === undefined) return;
    const result = await api['settings.update']({ autoLockMinutes: next });
    if (result.ok) setMinutes(result.value.autoLockMinutes);
    else setError(result.error.message);
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Lock automatically</h3>
      <p className="settings-note">When nobody has typed or clicked for this long, Afterword locks. It also locks when your computer sleeps or its screen locks.</p>
      <label className="field-label" htmlFor={id}>
        Lock when idle
      </label>
      <select id={id} className="input settings-select" value={String(minutes)} disabled={minutes === undefined} onChange={(event) => void choose(event.target.value)}>
        {choices.map((choice) => (
          <option key={String(choice.minutes)} value={String(choice.minutes)}>
            {choice.label}
          </option>
        ))}
      </select>
      <ErrorMessage message={error} />
    </section>
  );
}
