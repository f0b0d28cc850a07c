// The calendar in the sidebar: a day clicked filters the list to it; a past day (or today) can take a new entry.
import { localDay } from '../../contract';
import { longDate } from './moodWords';
import { MonthCalendar } from './MonthCalendar';

interface Props {
  day: string | null;
  onDay: (day: string | null) => void;
  onNewEntryOn: (day: string) => void;
}

export function CalendarFilter({ day, onDay, onNewEntryOn }: Props) {
  const today = localDay(new Date());
  return (
    <details className="calendar-filter" open={day !== null || undefined}>
      <summary>Calendar</summary>
      <MonthCalendar selected={day} today={today} onSelect={(chosen) => onDay(chosen === day ? null : chosen)} />
      {day && (
        <div className="calendar-chosen" role="status">
          <p>Showing {longDate(day)}</p>
          <div className="calendar-chosen-actions">
            <button type="button" className="link-button" onClick={() => onDay(null)}>
              Show all days
            </button>
            {day <= today && (
              <button type="button" className="link-button" onClick={() => onNewEntryOn(day)}>
                New entry on this day
              </button>
            )}
          </div>
        </div>
      )}
    </details>
  );
}
