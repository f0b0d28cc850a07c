// Twelve weeks of one commitment at a glance: a column per week, a row per weekday; words above it say the same for screen readers.
import { addDays, format, parseISO, startOfWeek, subWeeks } from 'date-fns';
import { useMemo } from 'react';
import type { CheckIn, CheckInResult } from '../../contract';
import { useContractQuery } from '../../data/useContract';

const WEEKS = 12;
const rowNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const resultNames: Record<CheckInResult, string> = { kept: 'kept', partly: 'partly kept', missed: 'not this time' };

interface DayRecord {
  checkIns: Map<string, CheckIn>;
  due: Set<string>;
}

function weekStarts(today: string): Date[] {
  const last = startOfWeek(parseISO(today), { weekStartsOn: 1 });
  return Array.from({ length: WEEKS }, (_, index) => subWeeks(last, WEEKS - 1 - index));
}

function cellState(day: string, today: string, record: DayRecord): { className: string; words: string } {
  if (day > today) return { className: 'heat-later', words: 'still to come' };
  const checkIn = record.checkIns.get(day);
  if (checkIn)
    return { className: `heat-${checkIn.result}`, words: resultNames[checkIn.result] + (checkIn.note ? `: ${checkIn.note}` : '') };
  return record.due.has(day) ? { className: 'heat-open', words: 'not recorded' } : { className: 'heat-rest', words: 'not due' };
}

function summary(record: DayRecord): string {
  const counts = { kept: 0, partly: 0, missed: 0 };
  for (const checkIn of record.checkIns.values()) counts[checkIn.result] += 1;
  if (counts.kept + counts.partly + counts.missed === 0) return 'No check-ins in the last 12 weeks yet.';
  return `In the last 12 weeks: ${counts.kept} kept, ${counts.partly} partly, ${counts.missed} not this time.`;
}

export function Heatmap({ commitmentId, today }: { commitmentId: string; today: string }) {
  const weeks = weekStarts(today);
  const from = format(weeks[0]!, 'yyyy-MM-dd');
  const { data } = useContractQuery('checkIns.list', { commitmentId, from, to: today });
  const record = useMemo<DayRecord | null>(
    () => (data ? { checkIns: new Map(data.items.map((c) => [c.date, c])), due: new Set(data.dueDays) } : null),
    [data],
  );

  if (!record) return null;
  return (
    <figure className="heatmap">
      <figcaption className="heatmap-summary">{summary(record)}</figcaption>
      <table className="heatmap-grid" aria-hidden="true">
        <tbody>
          {rowNames.map((name, row) => (
            <tr key={name}>
              <th scope="row">{row % 2 === 0 ? name[0] : ''}</th>
              {weeks.map((weekStart) => {
                const day = format(addDays(weekStart, row), 'yyyy-MM-dd');
                const { className, words } = cellState(day, today, record);
                return (
                  <td
                    key={day}
                    className={`heat ${className}`}
                    title={`${format(parseISO(day), 'EEEE d MMMM')}: ${words}`}
                    data-day={day}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="heatmap-legend" aria-hidden="true">
        <span className="heat heat-kept" /> Kept <span className="heat heat-partly" /> Partly <span className="heat heat-missed" /> Not this
        time <span className="heat heat-open" /> Not recorded
      </p>
    </figure>
  );
}
