// The backup a person asks for (backup.create) as a job: the same snapshot as the daily backup, into a private temporary file the
// handler reads back, so the journal's thread keeps answering saves through VACUUM INTO, the integrity check and the hashing.
import type { ErrorCode } from '../../contract';
import { snapshotToFile } from '../backup/snapshotToFile';
import { toAppError } from '../errors/AppError';

export interface BackupFileJob {
  databasePath: string;
  keyFilePath: string;
  /** A copy of the data key for this job alone; wiped as soon as the connection is open. */
  dataKey: Uint8Array;
  nativeBinding?: string;
  target: string;
  createdAt: string;
}

export type BackupFileResult = { ok: true } | { ok: false; code: ErrorCode; message: string };

export function runBackupFileJob(job: BackupFileJob): BackupFileResult {
  const key = Buffer.from(job.dataKey.buffer, job.dataKey.byteOffset, job.dataKey.byteLength);
  try {
    snapshotToFile({ ...job, key });
    return { ok: true };
  } catch (error) {
    const { code, message } = toAppError(error);
    return { ok: false, code, message };
  } finally {
    key.fill(0);
  }
}
