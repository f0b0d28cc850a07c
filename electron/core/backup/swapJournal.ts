// The swap at the end of a restore: the current journal's files move into replaced-<time>/ (never deleted), the verified ones move in.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { syncDirectorySync } from '../fs/atomicWriteFileSync';
import { previousKeyFilePath } from '../vault/keyFileCopies';
import { cleanCloseMarkPath } from '../db/cleanClose';
import { walNeededPath } from '../db/walNeeded';

export const STAGED_DATABASE = 'journal.db';
export const STAGED_KEY_FILE = 'vault.json';
export const REPLACED_PREFIX = 'replaced-';

export interface JournalPaths {
  databasePath: string;
  keyFilePath: string;
}

const journalFiles = ({ databasePath, keyFilePath }: JournalPaths) => [
  databasePath,
  `${databasePath}-wal`,
  `${databasePath}-shm`,
  // Both travel with their -wal (db/walNeeded.ts, db/cleanClose.ts).
  walNeededPath(databasePath),
  cleanCloseMarkPath(databasePath),
  keyFilePath,
  previousKeyFilePath(keyFilePath),
];

/** Every step is a rename inside the data folder (atomic on one filesystem); returns the folder holding the replaced journal, if any. */
export function swapInJournal(paths: JournalPaths, stagedDir: string, now = new Date()): string | null {
  const dataDir = path.dirname(paths.keyFilePath);
  const aside = moveJournalAside(paths, now);
  // The copy first: a crash before vault.json lands still leaves a readable key file (see keyFileCopies.ts).
  copyFileSync(path.join(stagedDir, STAGED_KEY_FILE), previousKeyFilePath(paths.keyFilePath));
  renameSync(path.join(stagedDir, STAGED_DATABASE), paths.databasePath);
  renameSync(path.join(stagedDir, STAGED_KEY_FILE), paths.keyFilePath);
  syncDirectorySync(dataDir);
  rmSync(stagedDir, { recursive: true, force: true });
  return keptOrRemoved(aside);
}

/**
 * Undo restore: the journal in place goes aside into a fresh replaced-<time>/ (so the undo can itself be undone),
 * and every file of `replacedDir` moves back. Answers the new aside folder.
 */
export function swapBackReplaced(paths: JournalPaths, replacedDir: string, now = new Date()): string | null {
  const dataDir = path.dirname(paths.keyFilePath);
  const names = readdirSync(replacedDir);
  const aside = moveJournalAside(paths, now);
  for (const name of names) renameSync(path.join(replacedDir, name), path.join(dataDir, name));
  syncDirectorySync(dataDir);
  rmdirSync(replacedDir);
  return keptOrRemoved(aside);
}

function moveJournalAside(paths: JournalPaths, now: Date): string {
  const aside = uniqueDir(path.dirname(paths.keyFilePath), `${REPLACED_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(aside, { mode: 0o700 });
  for (const file of journalFiles(paths)) {
    if (existsSync(file)) renameSync(file, path.join(aside, path.basename(file)));
  }
  syncDirectorySync(aside);
  return aside;
}

function keptOrRemoved(aside: string): string | null {
  if (readdirSync(aside).length > 0) return aside;
  rmdirSync(aside);
  return null;
}

function uniqueDir(parent: string, base: string): string {
  let candidate = path.join(parent, base);
  for (let i = 2; existsSync(candidate); i++) candidate = path.join(parent, `${base}-${i}`);
  return candidate;
}
