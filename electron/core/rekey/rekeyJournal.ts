// A new data key for the whole journal, crash-safe: everything is re-made in a staging folder, a marker file commits the change,
// and renames move it into place. A kill before the marker leaves the old journal; after it, the next start finishes the swap.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { backupsDir } from '../backup/autoBackups';
import { AppError } from '../errors/AppError';
import type { Db } from '../db/openDatabase';
import { atomicWriteFileSync, syncDirectorySync } from '../fs/atomicWriteFileSync';
import { previousKeyFilePath } from '../vault/keyFileCopies';
import { rekeyDatabaseFile } from './rekeyDatabaseFile';
import { remakeAutomaticBackups, type BackupOutcome } from './rekeyBackups';

export const REKEY_MARKER = 'rekey-pending.json';
const STAGING_PREFIX = '.rekey-';
const STAGED_DATABASE = 'journal.db';
const STAGED_KEY_FILE = 'vault.json';
const STAGED_BACKUPS = 'backups';

const markerSchema = z.object({
  staged: z.string().regex(/^\.rekey-[A-Za-z0-9]+$/),
  remade: z.array(z.string()),
  deleted: z.array(z.string()),
});

export interface RekeyPaths {
  databasePath: string;
  keyFilePath: string;
}

export interface RekeyInput extends RekeyPaths {
  /** The open journal: checkpointed and closed here, before its file is copied. */
  db: Db;
  oldKey: Buffer;
  newKey: Buffer;
  /** The new vault.json, already signed with the new key; it holds only slots for the new key. */
  keyFileText: string;
  nativeBinding?: string;
  /** Tests only: called after each step, to stop there as a crash would. */
  afterStep?: (step: string) => void;
}

/**
 * Everything up to the commit point, synchronous from the closing of the journal on, so no request can write in between.
 * On a throw nothing is committed: finishRekey removes the staging and the old journal opens as before.
 */
export function stageRekey(input: RekeyInput): BackupOutcome {
  const step = input.afterStep ?? (() => {});
  const dataDir = path.dirname(input.keyFilePath);
  input.db.pragma('wal_checkpoint(TRUNCATE)');
  input.db.close();
  step('closed');
  const staged = mkdtempSync(path.join(dataDir, STAGING_PREFIX));
  copyFileSync(input.databasePath, path.join(staged, STAGED_DATABASE));
  rekeyDatabaseFile(path.join(staged, STAGED_DATABASE), input.oldKey, input.newKey, input.nativeBinding);
  step('database staged');
  atomicWriteFileSync(path.join(staged, STAGED_KEY_FILE), Buffer.from(input.keyFileText, 'utf8'));
  const outcome = remakeAutomaticBackups({ dataDir, stagedDir: path.join(staged, STAGED_BACKUPS), ...input });
  syncDirectorySync(staged);
  step('backups staged');
  // The commit point: before this file exists the old journal is the journal; after it, the new one is.
  atomicWriteFileSync(path.join(dataDir, REKEY_MARKER), Buffer.from(JSON.stringify({ staged: path.basename(staged), ...outcome })));
  step('committed');
  return outcome;
}

/**
 * Run before every unlock (and when the journal is opened): rolls a committed rekey forward, step by idempotent step, or removes
 * the staging left by one that never committed. Returns true when a rekey was finished here.
 */
export function finishRekey(paths: RekeyPaths, step: (name: string) => void = () => {}): boolean {
  const dataDir = path.dirname(paths.keyFilePath);
  const marker = readMarker(dataDir);
  if (!marker) {
    removeUncommittedStaging(dataDir);
    return false;
  }
  const staged = path.join(dataDir, marker.staged);
  // The old journal was closed after a TRUNCATE checkpoint: its -wal holds nothing, and must not be replayed onto the new file.
  for (const suffix of ['-wal', '-shm', '-needs-wal', '-closed-cleanly']) rmSync(`${paths.databasePath}${suffix}`, { force: true });
  moveIfThere(path.join(staged, STAGED_DATABASE), paths.databasePath);
  step('database swapped');
  for (const name of marker.remade) moveIfThere(path.join(staged, STAGED_BACKUPS, name), path.join(backupsDir(dataDir), name));
  for (const name of marker.deleted) rmSync(path.join(backupsDir(dataDir), path.basename(name)), { force: true });
  syncDirectorySync(backupsDir(dataDir));
  step('backups swapped');
  const stagedKeyFile = path.join(staged, STAGED_KEY_FILE);
  if (existsSync(stagedKeyFile)) {
    atomicWriteFileSync(previousKeyFilePath(paths.keyFilePath), readFileSync(stagedKeyFile));
    renameSync(stagedKeyFile, paths.keyFilePath);
  }
  syncDirectorySync(dataDir);
  step('key file swapped');
  rmSync(path.join(dataDir, REKEY_MARKER), { force: true });
  syncDirectorySync(dataDir);
  rmSync(staged, { recursive: true, force: true });
  return true;
}

function readMarker(dataDir: string): z.infer<typeof markerSchema> | null {
  const file = path.join(dataDir, REKEY_MARKER);
  if (!existsSync(file)) return null;
  try {
    return markerSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    // Written atomically, so it is whole or absent: one that does not parse was edited, and is left for a person to look at.
    throw new AppError(
      'VAULT_CORRUPT',
      `A change of your journal's key was interrupted, and its record (${REKEY_MARKER}) is damaged, so Afterword cannot finish it. Nothing was deleted; restore the newest automatic backup.`,
      undefined,
      error,
    );
  }
}

function moveIfThere(from: string, to: string): void {
  if (existsSync(from)) renameSync(from, path.join(path.dirname(to), path.basename(to)));
}

/** A staging folder without a marker is a rekey killed before its commit: the old journal stands, the half-made copy goes. */
function removeUncommittedStaging(dataDir: string): void {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(STAGING_PREFIX)) rmSync(path.join(dataDir, name), { recursive: true, force: true });
}
