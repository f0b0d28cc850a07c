// The optional check-in reminder: off by default; a time and days. It says only "Time for your check-in", never your words.
import { useEffect, useId, useState } from 'react';
import { api } from '../../api/client';
import type { MethodOutput } from '../../contract';
import { weekdayNames } from './commitmentWords';

type Reminder = MethodOutput<'settings.get'>['reminders']['checkIn'];
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

export function ReminderSetting() {
  const id = useId();
  const [reminder, setReminder] = useState<Reminder | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api['settings.get']({}).then((result) => (result.ok ? setReminder(result.value.reminders.checkIn) : setError(result.error.message)));
  }, []);

  async function save(next: Reminder) {
    setReminder(next);
    const result = await api['settings.update']({ reminders: { checkIn: next } });
    if (result.ok) setReminder(result.value.reminders.checkIn);
    setError(result.ok ? null : result.error.message);
  }

  if (!reminder) return error ? <p className="error-message">{error}</p> : null;
  const toggleDay = (day: number) => save({ ...reminder, days: reminder.days.includes(day) ? reminder.days.filter((d) => d !== day) : [...reminder.days, day].sort() });
  return (
    <section className="commitments-section reminder-setting" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>A reminder to check in</h3>
      <p className="settings-note">
        While Afterword is running, it can remind you at a time you choose. The reminder says only “Time for your check-in”, never what you wrote, and
        nothing leaves your computer.
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
