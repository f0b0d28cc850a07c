// The day's automatic backup as a background job: the journal snapshotted to backups/auto-<day>.awbackup (snapshotToFile.ts),
// then old ones pruned. Runs in the job worker, so saves never wait for it.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { backupsDir, dailyBackupName, pruneDailyBackups } from '../backup/autoBackups';
import { snapshotToFile } from '../backup/snapshotToFile';
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
  const dir = backupsDir(path.dirname(job.keyFilePath));
  const target = path.join(dir, dailyBackupName(job.day));
  try {
    if (existsSync(target)) return { ok: true, file: null };
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    snapshotToFile({ ...job, key, target });
    pruneDailyBackups(dir);
    return { ok: true, file: target };
  } catch (error) {
    const { code, message } = toAppError(error);
    return { ok: false, code, message };
  } finally {
    key.fill(0);
  }
}
