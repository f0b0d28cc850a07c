// Automatic backups follow a key change: each is re-made under the new key and key file, or deleted when it cannot be.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { backupsDir } from '../backup/autoBackups';
import { decodeBackup, encodeBackup } from '../backup/backupFormat';
import { atomicWriteFileSync } from '../fs/atomicWriteFileSync';
import { keyFileMacValid, parseKeyFile } from '../vault/keyFile';
import { rekeyDatabaseFile } from './rekeyDatabaseFile';

const AUTOMATIC = /^(auto-\d{4}-\d{2}-\d{2}|pre-migration-v\d+-[0-9TZ]+)\.awbackup$/;

export interface BackupOutcome {
  /** Re-made under the new key (or, when the key stayed, with the new key file): the retired secret no longer opens them. */
  remade: string[];
  /** Could not be re-made (damaged, or under a key older than this journal's), so deleted rather than left openable. */
  deleted: string[];
}

export function automaticBackupNames(dataDir: string): string[] {
  try {
    return readdirSync(backupsDir(dataDir))
      .filter((name) => AUTOMATIC.test(name))
      .sort();
  } catch {
    return [];
  }
}

/** Whether a backup's own key file is this journal's (signed with `dataKey`), so it can be re-made rather than deleted. */
function belongsToKey(keyFileBytes: Buffer, dataKey: Buffer): boolean {
  try {
    return keyFileMacValid(parseKeyFile(keyFileBytes.toString('utf8')), dataKey);
  } catch {
    return false;
  }
}

export interface RemakeOptions {
  dataDir: string;
  /** Where the re-made files are written; the caller moves them into place (or, with stagedDir = backups folder, they land at once). */
  stagedDir: string;
  oldKey: Buffer;
  /** Null when the data key stays and only the key file changes. */
  newKey: Buffer | null;
  keyFileText: string;
  nativeBinding?: string;
}

export function remakeAutomaticBackups(options: RemakeOptions): BackupOutcome {
  const outcome: BackupOutcome = { remade: [], deleted: [] };
  mkdirSync(options.stagedDir, { recursive: true, mode: 0o700 });
  for (const name of automaticBackupNames(options.dataDir)) {
    const remade = remakeOne(path.join(backupsDir(options.dataDir), name), path.join(options.stagedDir, name), options);
    outcome[remade ? 'remade' : 'deleted'].push(name);
  }
  return outcome;
}

function remakeOne(source: string, target: string, options: RemakeOptions): boolean {
  let contents;
  try {
    contents = decodeBackup(readFileSync(source));
  } catch {
    return false;
  }
  if (!belongsToKey(contents.keyFile, options.oldKey)) return false;
  let database = contents.database;
  if (options.newKey) {
    const work = `${target}.db`;
    try {
      atomicWriteFileSync(work, contents.database);
      rekeyDatabaseFile(work, options.oldKey, options.newKey, options.nativeBinding);
      database = readFileSync(work);
    } catch {
      return false;
    } finally {
      rmSync(work, { force: true });
    }
  }
  const keyFile = Buffer.from(options.keyFileText, 'utf8');
  atomicWriteFileSync(
    target,
    encodeBackup({ createdAt: contents.header.createdAt, schemaVersion: contents.header.schemaVersion, keyFile, database }),
  );
  return true;
}

/** Same data key, new key file: each automatic backup gets the new copy of it in place, so a retired secret opens none of them. */
export function rewrapAutomaticBackups(dataDir: string, dataKey: Buffer, keyFileText: string): BackupOutcome {
  const outcome = remakeAutomaticBackups({ dataDir, stagedDir: backupsDir(dataDir), oldKey: dataKey, newKey: null, keyFileText });
  for (const name of outcome.deleted) rmSync(path.join(backupsDir(dataDir), name), { force: true });
  return outcome;
}
