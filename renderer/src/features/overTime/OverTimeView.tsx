// "Your journal over time": writing figures (unless hidden), mood by week or month, mood before vs after, and On this day on request.
import { endOfMonth, format, startOfMonth } from 'date-fns';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useContractQuery } from '../../data/useContract';
import { MoodChangeChart } from './MoodChangeChart';
import { MoodChart } from './MoodChart';
import { OnThisDay } from './OnThisDay';
import { WritingStats } from './WritingStats';

interface Props {
  onClose: () => void;
  onOpen: (id: string) => void;
  onSettings: () => void;
}

export function OverTimeView({ onClose, onOpen, onSettings }: Props) {
  const now = new Date();
  const all = useContractQuery('stats.summary', {});
  const month = useContractQuery('stats.summary', {
    from: format(startOfMonth(now), 'yyyy-MM-dd'),
    to: format(endOfMonth(now), 'yyyy-MM-dd'),
  });
  const settings = useContractQuery('settings.get', {}).data;
  return (
    <div className="settings-pane over-time-pane">
      <header className="settings-head">
        <h2>Your journal over time</h2>
        <button type="button" className="button button-quiet button-small" onClick={onClose}>
          Done
        </button>
      </header>
      <p className="settings-lead">Not a score: a way to see that things move, at whatever pace they move.</p>
      <ErrorMessage message={all.error?.message ?? month.error?.message ?? null} />
      {all.data && month.data && settings && !settings.statsHidden && <WritingStats all={all.data} month={month.data} />}
      {all.data && (
        <>
          <section className="over-time-section" aria-labelledby="mood-title">
            <h3 id="mood-title">How you felt at the end of your entries</h3>
            <MoodChart byWeek={all.data.moodByWeek} byMonth={all.data.moodByMonth} />
          </section>
          <section className="over-time-section" aria-labelledby="change-title">
            <h3 id="change-title">Before and after guided entries</h3>
            <MoodChangeChart changes={all.data.moodChangeByTemplate} />
          </section>
        </>
      )}
      {settings && <OnThisDay enabled={settings.onThisDay.enabled} onOpen={onOpen} onSettings={onSettings} />}
    </div>
  );
}
