// Settings → Security: how long the journal stays open without input before it locks itself.
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useContractMutation, useContractQuery } from '../../data/useContract';

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
  const settings = useContractQuery('settings.get', {});
  const update = useContractMutation('settings.update');
  // While a choice is being saved it shows at once; the stored value replaces it when settings.get is read again.
  const minutes = update.isPending ? update.variables.autoLockMinutes : settings.data?.autoLockMinutes;
  const error = update.error?.message ?? settings.error?.message ?? null;

  function choose(value: string) {
    const next = choices.find((choice) => String(choice.minutes) === value)?.minutes;
    if (next !== undefined) update.mutate({ autoLockMinutes: next });
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Lock automatically</h3>
      <p className="settings-note">
        When nobody has typed or clicked for this long, Afterword locks. It also locks when your computer sleeps or its screen locks.
      </p>
      <label className="field-label" htmlFor={id}>
        Lock when idle
      </label>
      <select
        id={id}
        className="input settings-select"
        value={String(minutes)}
        disabled={minutes === undefined}
        onChange={(event) => choose(event.target.value)}
      >
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
