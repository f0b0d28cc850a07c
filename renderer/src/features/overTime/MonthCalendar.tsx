// A month of days as an ARIA grid: a mark on days with entries, arrows and a month/year picker, every day reachable by keyboard.
import { addMonths, format, parseISO } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import { useContractQuery } from '../../data/useContract';
import { dayAfterKey, monthWeeks, weekdayLabels } from './calendarGrid';
import { entriesWord, longDate, moodName } from './moodWords';
import { YearMonthPicker } from './YearMonthPicker';

interface Props {
  /** The day the list is filtered to, if any. */
  selected: string | null;
  onSelect: (day: string) => void;
  today: string;
}

/** Shade by how much was written that day: one, a few, many. */
const shade = (count: number) => (count >= 4 ? 3 : count >= 2 ? 2 : 1);

export function MonthCalendar({ selected, onSelect, today }: Props) {
  const [focused, setFocused] = useState(selected ?? today);
  const month = parseISO(`${focused.slice(0, 7)}-01`);
  const [moveFocus, setMoveFocus] = useState(false);
  const grid = useRef<HTMLTableElement>(null);
  const answer = useContractQuery('entries.calendar', { year: month.getFullYear(), month: month.getMonth() + 1 });
  const days = new Map((answer.data?.days ?? []).map((day) => [day.date, day]));

  useEffect(() => {
    if (!moveFocus) return;
    grid.current?.querySelector<HTMLElement>(`[data-day="${focused}"]`)?.focus();
    setMoveFocus(false);
  }, [focused, moveFocus]);

  const go = (day: string, focus = true) => {
    setFocused(day);
    setMoveFocus(focus);
  };
  const title = format(month, 'MMMM yyyy');

  return (
    <div className="month-calendar">
      <div className="calendar-head">
        <button
          type="button"
          className="calendar-step"
          aria-label="Previous month"
          onClick={() => go(format(addMonths(month, -1), 'yyyy-MM-01'), false)}
        >
          ‹
        </button>
        <YearMonthPicker month={month} onMonth={(day) => go(day, false)} />
        <button
          type="button"
          className="calendar-step"
          aria-label="Next month"
          onClick={() => go(format(addMonths(month, 1), 'yyyy-MM-01'), false)}
        >
          ›
        </button>
      </div>
      <table
        ref={grid}
        role="grid"
        className="calendar-grid"
        aria-label={title}
        onKeyDown={(event) => {
          const next = dayAfterKey(focused, event.key);
          if (!next) return;
          event.preventDefault();
          go(next);
        }}
      >
        <thead>
          <tr>
            {weekdayLabels.map((label) => (
              <th key={label} scope="col" abbr={label}>
                {label.slice(0, 2)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week, index) => (
            <tr key={week.find(Boolean) ?? index}>
              {week.map((day, i) => {
                if (!day) return <td key={`blank-${i}`} role="gridcell" />;
                const info = days.get(day);
                const label = `${longDate(day)}${day === today ? ', today' : ''}: ${
                  info ? `${entriesWord(info.count)}${info.mood === null ? '' : `, mood ${moodName(info.mood)}`}` : 'no entries'
                }`;
                return (
                  <td key={day} role="gridcell" aria-selected={day === selected}>
                    <button
                      type="button"
                      data-day={day}
                      className={`calendar-day${info ? ` has-entries shade-${shade(info.count)}` : ''}${day === today ? ' is-today' : ''}`}
                      tabIndex={day === focused ? 0 : -1}
                      aria-label={label}
                      onFocus={() => setFocused(day)}
                      onClick={() => onSelect(day)}
                    >
                      {Number(day.slice(8))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
