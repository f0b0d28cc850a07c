// The swap at the end of a restore: the current journal's files move into replaced-<time>/ (never deleted), the verified ones move in.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { syncDirectorySync } from '../fs/atomicWriteFileSync';
import { previousKeyFilePath } from '../vault/keyFileCopies';

export const STAGED_DATABASE = 'journal.db';
export const STAGED_KEY_FILE = 'vault.json';

export interface JournalPaths {
  databasePath: string;
  keyFilePath: string;
}

const journalFiles = ({ databasePath, keyFilePath }: JournalPaths) => [
  databasePath,
  `${databasePath}-wal`,
  `${databasePath}-shm`,
  keyFilePath,
  previousKeyFilePath(keyFilePath),
];

/** Every step is a rename inside the data folder (atomic on one filesystem); returns the folder holding the replaced journal, if any. */
export function swapInJournal(paths: JournalPaths, stagedDir: string, now = new Date()): string | null {
  const dataDir = path.dirname(paths.keyFilePath);
  const aside = uniqueDir(dataDir, `replaced-${now.toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(aside, { mode: 0o700 });
  for (const file of journalFiles(paths)) {
    if (existsSync(file)) renameSync(file, path.join(aside, path.basename(file)));
  }
  syncDirectorySync(aside);
  // The copy first: a crash before vault.json lands still leaves a readable key file (see keyFileCopies.ts).
  copyFileSync(path.join(stagedDir, STAGED_KEY_FILE), previousKeyFilePath(paths.keyFilePath));
  renameSync(path.join(stagedDir, STAGED_DATABASE), paths.databasePath);
  renameSync(path.join(stagedDir, STAGED_KEY_FILE), paths.keyFilePath);
  syncDirectorySync(dataDir);
  rmSync(stagedDir, { recursive: true, force: true });
  if (readdirSync(aside).length > 0) return aside;
  rmdirSync(aside);
  return null;
}

function uniqueDir(parent: string, base: string): string {
  let candidate = path.join(parent, base);
  for (let i = 2; existsSync(candidate); i++) candidate = path.join(parent, `${base}-${i}`);
  return candidate;
}
