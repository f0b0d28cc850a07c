// The background jobs a worker can run, by kind: one function per kind, the same in the worker and inline (unit tests).
import { runBackupFileJob, type BackupFileJob } from './backupFileJob';
import { runDailyBackupJob, type DailyBackupJob, type DailyBackupResult } from './dailyBackupJob';
import { runExportJob, type ExportJob } from './exportJob';
import type { FileJobResult } from './fileJob';
import { runIntegrityCheck, type IntegrityJob, type IntegrityResult } from './integrityJob';
import type { OnProgress } from './jobProgress';

export type Job =
  | ({ kind: 'integrity-check' } & IntegrityJob)
  | ({ kind: 'daily-backup' } & DailyBackupJob)
  | ({ kind: 'backup-file' } & BackupFileJob)
  | ({ kind: 'export-file' } & ExportJob);

export interface JobResults {
  'integrity-check': IntegrityResult;
  'daily-backup': DailyBackupResult;
  'backup-file': FileJobResult;
  'export-file': FileJobResult;
}

/** What a worker posts: progress as it goes, then the one result. */
export type JobMessage = { progress: { done: number; total: number } } | { result: JobResults[Job['kind']] };

export function runJob(job: Job, onProgress: OnProgress = () => {}): JobResults[Job['kind']] {
  switch (job.kind) {
    case 'integrity-check':
      return runIntegrityCheck(job);
    case 'daily-backup':
      return runDailyBackupJob(job);
    case 'backup-file':
      return runBackupFileJob(job, onProgress);
    case 'export-file':
      return runExportJob(job, onProgress);
  }
}
