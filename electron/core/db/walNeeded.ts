// A mark beside journal.db while its -wal holds acknowledged saves that journal.db does not, so losing the -wal is noticed.
//
// Every commit is checkpointed at once (openDatabase.ts), so journal.db alone normally holds every acknowledged save. But while
// another connection reads (the integrity check after unlock, a backup), a checkpoint cannot copy commits made after that
// reader began: they live only in the -wal until it ends. If a crash came then and a cleaner deleted the -wal, the journal
// would open whole-looking and quietly short. With this mark, it is refused instead (the crash loop counts exactly this case).
import { closeSync, existsSync, fsyncSync, openSync, rmSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/AppError';
import { syncDirectorySync } from '../fs/atomicWriteFileSync';
import type { Db } from './openDatabase';

export const walNeededPath = (databasePath: string): string => `${databasePath}-needs-wal`;

/**
 * After a call: when the -wal holds frames journal.db lacks, the mark is made durable before the call's answer goes out;
 * once journal.db holds them all, it goes. A passive checkpoint never waits for a reader.
 */
export function settleWal(db: Db, databasePath: string): void {
  const [state] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
  const marker = walNeededPath(databasePath);
  const complete = !state || state.log <= state.checkpointed;
  if (!complete && !existsSync(marker)) {
    const fd = openSync(marker, 'w', 0o600);
    fsyncSync(fd);
    closeSync(fd);
    syncDirectorySync(path.dirname(databasePath));
  } else if (complete && existsSync(marker)) {
    rmSync(marker, { force: true });
  }
}

/** Before opening: a mark without its -wal means saves are missing from journal.db; nothing is opened or changed. */
export function refuseIfWalMissing(databasePath: string): void {
  if (!existsSync(walNeededPath(databasePath)) || existsSync(`${databasePath}-wal`)) return;
  throw new AppError(
    'VAULT_CORRUPT',
    'Your newest entries were in a companion file of the journal (journal.db-wal) that is now missing. Nothing was changed: put that file back beside journal.db, or restore from a backup.',
  );
}

/** After a clean close: SQLite has folded the -wal into journal.db and deleted it, so the mark has nothing left to guard. */
export function clearWalNeeded(databasePath: string): void {
  if (!existsSync(`${databasePath}-wal`)) rmSync(walNeededPath(databasePath), { force: true });
}
