// SQL functions the journal's triggers call; every connection to a journal registers them before any write.
import { spacelessRuns } from '../../contract/search/scripts';
import type { Db } from './openDatabase';

export function registerJournalFunctions(db: Db): void {
  // Feeds the trigram index (migration 0004): only the spaceless-script runs of an entry's title and words.
  db.function('spaceless_runs', { deterministic: true }, (title: unknown, text: unknown) =>
    spacelessRuns(`${String(title ?? '')}\n${String(text ?? '')}`),
  );
}
