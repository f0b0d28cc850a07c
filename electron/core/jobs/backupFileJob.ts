// The backup a person asks for (backup.create) as a job: the same snapshot as the daily backup, streamed into the sealed temporary
// file the shell streams out, so the journal's thread keeps answering saves through VACUUM INTO, the integrity check and the hashing.
import { BACKUP_MIME_TYPE } from '../backup/backupFormat';
import { snapshotToWriter } from '../backup/snapshotToFile';
import { createSealedWriter } from '../files/sealedTempFile';
import { fileJob, type FileJobBase, type FileJobResult } from './fileJob';
import type { OnProgress } from './jobProgress';

export interface BackupFileJob extends FileJobBase {
  keyFilePath: string;
  /** The working copy (VACUUM INTO), named by the journal's thread so a cancelled job's copy is removed too. */
  copy: string;
  fileName: string;
  createdAt: string;
}

export function runBackupFileJob(job: BackupFileJob, onProgress: OnProgress): FileJobResult {
  return fileJob(job.dataKey, (key) => {
    const out = createSealedWriter(job.target);
    snapshotToWriter({ ...job, key, onProgress }, (data) => out.writeBytes(data));
    return { fileName: job.fileName, mimeType: BACKUP_MIME_TYPE, sealed: out.finish() };
  });
}
