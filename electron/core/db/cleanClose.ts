// Tells a -wal left by a clean close from one left by a crash, so only a crash costs the unlock a scan of the whole journal.
//
// Closing the last connection checkpoints the -wal into journal.db and deletes it, so a -wal found at open used to mean the last
// session ended in a crash or a kill (when a checkpoint can have been cut short: docs/RELIABILITY.md). But a background reader
// (the integrity check, the day's backup) still open when the journal locks keeps the -wal there, and the next unlock took the
// lock for a crash: it ran quick_check over the whole journal before answering (2.6 s at 10,000 entries, more under load).
// Now a clean close that leaves the -wal marks it, and opening takes the mark away before anything is written.
import { closeSync, existsSync, fsyncSync, openSync, rmSync } from 'node:fs';
import path from 'node:path';
import { syncDirectorySync } from '../fs/atomicWriteFileSync';

export const cleanCloseMarkPath = (databasePath: string): string => `${databasePath}-closed-cleanly`;

/** After the journal's own connection closed cleanly: a -wal still there (a reader kept it) is marked, durably, as no crash's. */
export function markCleanClose(databasePath: string): void {
  if (!existsSync(`${databasePath}-wal`) || existsSync(cleanCloseMarkPath(databasePath))) return;
  const fd = openSync(cleanCloseMarkPath(databasePath), 'w', 0o600);
  fsyncSync(fd);
  closeSync(fd);
  syncDirectorySync(path.dirname(databasePath));
}

/**
 * Before opening: whether the last session ended uncleanly (a -wal without the mark). The mark goes at once, durably, so a
 * crash in the session about to start is never taken for a clean close.
 */
export function takeUncleanShutdown(databasePath: string): boolean {
  const mark = cleanCloseMarkPath(databasePath);
  const marked = existsSync(mark);
  if (marked) {
    rmSync(mark, { force: true });
    syncDirectorySync(path.dirname(databasePath));
  }
  return existsSync(`${databasePath}-wal`) && !marked;
}
