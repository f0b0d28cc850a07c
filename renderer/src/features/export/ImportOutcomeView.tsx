// What an import did, in words: how many entries and pictures came in, how many were already here, and each one that could not be read.
import type { ImportOutcome } from './useImportJob';

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** A long list of problems shows its first part; the rest are counted, not hidden without a word. */
const SHOWN_PROBLEMS = 50;

export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.kind === 'error') {
    return (
      <p className="error-message export-import-result" role="status">
        {outcome.message}
      </p>
    );
  }
  const imported = outcome.kind === 'json' ? outcome.imported : outcome.report.imported;
  const skipped = outcome.kind === 'json' ? outcome.skipped : outcome.report.skipped;
  const pictures =
    outcome.kind === 'report' && outcome.report.pictures > 0 ? ` and ${count(outcome.report.pictures, 'picture', 'pictures')}` : '';
  const already = skipped === 0 ? '' : ` ${count(skipped, 'entry was', 'entries were')} already in your journal and left as they are.`;
  const failed = outcome.kind === 'report' ? outcome.report.failed : [];
  return (
    <div className="export-import-result" role="status">
      <p>
        Imported {count(imported, 'entry', 'entries')}
        {pictures}.{already}
      </p>
      {failed.length > 0 && (
        <>
          <p>{count(failed.length, 'thing', 'things')} could not be brought in; everything else was:</p>
          <ul className="import-problems" aria-label="What could not be imported">
            {failed.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
              <li key={index}>
                <strong>{problem.where}</strong> — {problem.reason}
              </li>
            ))}
            {failed.length > SHOWN_PROBLEMS && <li>…and {failed.length - SHOWN_PROBLEMS} more like these.</li>}
          </ul>
        </>
      )}
    </div>
  );
}
