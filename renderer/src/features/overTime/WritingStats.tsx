// Writing figures framed kindly: what you have written, never what you missed. No red, no warnings about a run ending.
import type { StatsSummary } from '../../contract';
import { entriesWord } from './moodWords';

const days = (n: number) => (n === 1 ? '1 day' : `${n.toLocaleString()} days`);

export function WritingStats({ all, month }: { all: StatsSummary; month: StatsSummary }) {
  const figures = [
    { value: all.entries.toLocaleString(), label: all.entries === 1 ? 'entry' : 'entries' },
    { value: all.words.toLocaleString(), label: all.words === 1 ? 'word' : 'words' },
    { value: String(month.daysWritten), label: month.daysWritten === 1 ? 'day written this month' : 'days written this month' },
    { value: all.longestRun.toLocaleString(), label: 'longest run of days' },
  ];
  return (
    <section className="over-time-section" aria-labelledby="writing-stats-title">
      <h3 id="writing-stats-title">What you have written</h3>
      <dl className="writing-figures">
        {figures.map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <p className="settings-note">
        {all.entries === 0
          ? 'Nothing here yet, and that is fine. Whenever you write, it will count.'
          : `${entriesWord(all.entries)} so far${all.currentRun > 1 ? `, and you have written ${days(all.currentRun)} in a row` : ''}. Every one of them counts, whenever it comes.`}
      </p>
    </section>
  );
}
