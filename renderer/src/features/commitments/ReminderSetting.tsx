// The optional check-in reminder: off by default; a time and days. It says only "Time for your check-in", never your words.
import { useId, useState } from 'react';
import type { MethodOutput } from '../../contract';
import { useContractMutation, useContractQuery } from '../../data/useContract';
import { weekdayNames } from './commitmentWords';

type Reminder = MethodOutput<'settings.get'>['reminders']['checkIn'];
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

export function ReminderSetting() {
  const id = useId();
  const settings = useContractQuery('settings.get', {});
  const update = useContractMutation('settings.update').run;
  const [error, setError] = useState<string | null>(null);
  // What the writer just chose shows at once (a time input must not jump back while the save is on its way).
  const [chosen, setChosen] = useState<Reminder | null>(null);
  const reminder = chosen ?? settings.data?.reminders.checkIn ?? null;

  async function save(next: Reminder) {
    setChosen(next);
    const result = await update({ reminders: { checkIn: next } });
    if (!result.ok) setChosen(null);
    setError(result.ok ? null : result.error.message);
  }

  if (!reminder) return settings.error ? <p className="error-message">{settings.error.message}</p> : null;
  const toggleDay = (day: number) =>
    save({ ...reminder, days: reminder.days.includes(day) ? reminder.days.filter((d) => d !== day) : [...reminder.days, day].sort() });
  return (
    <section className="commitments-section reminder-setting" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>A reminder to check in</h3>
      <p className="settings-note">
        While Afterword is running, it can remind you at a time you choose. The reminder says only “Time for your check-in”, never what you
        wrote, and nothing leaves your computer.
      </p>
      <label className="reminder-toggle">
        <input type="checkbox" checked={reminder.enabled} onChange={(event) => void save({ ...reminder, enabled: event.target.checked })} />
        Remind me
      </label>
      <div className="reminder-when" aria-disabled={!reminder.enabled}>
        <label className="field-label" htmlFor={`${id}-time`}>
          At
        </label>
        <input
          id={`${id}-time`}
          className="input"
          type="time"
          value={reminder.time}
          disabled={!reminder.enabled}
          onChange={(event) => event.target.value && void save({ ...reminder, time: event.target.value })}
        />
        <fieldset className="reminder-days" disabled={!reminder.enabled}>
          <legend className="field-label">On these days</legend>
          {weekOrder.map((day) => (
            <label key={day}>
              <input type="checkbox" checked={reminder.days.includes(day)} onChange={() => void toggleDay(day)} />
              {weekdayNames[day]!.slice(0, 3)}
            </label>
          ))}
        </fieldset>
      </div>
      {error && <p className="error-message">{error}</p>}
    </section>
  );
}
