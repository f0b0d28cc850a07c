// Automatic backups in <data>/backups: one a day (the last 7 kept; written by jobs/dailyBackupJob.ts) and one before every schema upgrade.
import { closeSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AutomaticBackup } from '../../contract/backup/schemas';
import { atomicWriteFileSync } from '../fs/atomicWriteFileSync';
import { BACKUP_EXTENSION, BACKUP_PEEK_BYTES, peekBackupHeader } from './backupFormat';
import { snapshotBackup, type SnapshotSource } from './snapshot';

export const BACKUPS_DIR_NAME = 'backups';
export const DAILY_BACKUPS_KEPT = 7;
const DAILY = /^auto-(\d{4}-\d{2}-\d{2})\.awbackup$/;
const PRE_MIGRATION = /^pre-migration-v\d+-[0-9TZ]+\.awbackup$/;

export const backupsDir = (dataDir: string): string => path.join(dataDir, BACKUPS_DIR_NAME);

export const dailyBackupName = (day: string): string => `auto-${day}${BACKUP_EXTENSION}`;

export function pruneDailyBackups(dir: string, keep = DAILY_BACKUPS_KEPT): void {
  const daily = readdirSync(dir)
    .filter((name) => DAILY.test(name))
    .sort()
    .reverse();
  for (const name of daily.slice(keep)) rmSync(path.join(dir, name), { force: true });
}

/** Synchronous because it runs inside the journal's (synchronous) open, before the first migration step. */
export function writePreMigrationBackup(source: SnapshotSource, fromVersion: number, now = new Date()): string {
  const dir = backupsDir(source.workDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const file = path.join(dir, `pre-migration-v${fromVersion}-${stamp}${BACKUP_EXTENSION}`);
  atomicWriteFileSync(file, snapshotBackup(source, now));
  return file;
}

/** Newest first; files whose header cannot be read are left out (restore would refuse them anyway). */
export function listAutomaticBackups(dataDir: string): AutomaticBackup[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const items: AutomaticBackup[] = [];
  for (const name of names) {
    const kind = DAILY.test(name) ? 'daily' : PRE_MIGRATION.test(name) ? 'pre-migration' : null;
    const header = kind ? readHeader(path.join(dir, name)) : null;
    if (kind && header)
      items.push({
        name,
        kind,
        createdAt: header.createdAt,
        entries: header.entries ?? null,
        sizeBytes: statSync(path.join(dir, name)).size,
      });
  }
  return items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function readHeader(file: string) {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(BACKUP_PEEK_BYTES);
    return peekBackupHeader(buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)));
  } finally {
    closeSync(fd);
  }
}
