// The day's automatic backup as a background job: its own read-only connection, VACUUM INTO a copy, integrity_check of the
// copy, then the container streamed to backups/auto-<day>.awbackup. Runs in the job worker, so saves never wait for it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { backupsDir, dailyBackupName, pruneDailyBackups } from '../backup/autoBackups';
import { countLiveEntries, verifyCopy } from '../backup/snapshot';
import { writeBackupStreamed } from '../backup/streamedBackup';
import { schemaVersion } from '../db/migrate';
import { openEncryptedDatabase } from '../db/openDatabase';
import { toAppError } from '../errors/AppError';

export interface DailyBackupJob {
  databasePath: string;
  keyFilePath: string;
  /** A copy of the data key for this job alone; wiped as soon as the connection is open. */
  dataKey: Uint8Array;
  nativeBinding?: string;
  /** The writer's local day (YYYY-MM-DD) and the moment, from the journal's clock. */
  day: string;
  createdAt: string;
}

export type DailyBackupResult = { ok: true; file: string | null } | { ok: false; code: string; message: string };

export function runDailyBackupJob(job: DailyBackupJob): DailyBackupResult {
  const key = Buffer.from(job.dataKey.buffer, job.dataKey.byteOffset, job.dataKey.byteLength);
  const dataDir = path.dirname(job.keyFilePath);
  const dir = backupsDir(dataDir);
  const target = path.join(dir, dailyBackupName(job.day));
  const copy = path.join(dataDir, `.backup-${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (existsSync(target)) return { ok: true, file: null };
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const db = openEncryptedDatabase(job.databasePath, key, { nativeBinding: job.nativeBinding, readonly: true });
    key.fill(0);
    try {
      // VACUUM INTO writes with the connection's cipher and key: the copy is as encrypted as the journal itself.
      db.prepare('VACUUM INTO ?').run(copy);
      verifyCopy(db, copy);
      writeBackupStreamed(target, {
        createdAt: job.createdAt,
        schemaVersion: schemaVersion(db),
        entries: countLiveEntries(db),
        keyFile: readFileSync(job.keyFilePath),
        databaseFile: copy,
      });
    } finally {
      db.close();
    }
    pruneDailyBackups(dir);
    return { ok: true, file: target };
  } catch (error) {
    const { code, message } = toAppError(error);
    return { ok: false, code, message };
  } finally {
    key.fill(0);
    rmSync(copy, { force: true });
    rmSync(`${copy}-journal`, { force: true });
  }
}
