// The background jobs a worker can run, by kind: one function per kind, the same in the worker and inline (unit tests).
import { runBackupFileJob, type BackupFileJob, type BackupFileResult } from './backupFileJob';
import { runDailyBackupJob, type DailyBackupJob, type DailyBackupResult } from './dailyBackupJob';
import { runIntegrityCheck, type IntegrityJob, type IntegrityResult } from './integrityJob';

export type Job =
  ({ kind: 'integrity-check' } & IntegrityJob) | ({ kind: 'daily-backup' } & DailyBackupJob) | ({ kind: 'backup-file' } & BackupFileJob);

export interface JobResults {
  'integrity-check': IntegrityResult;
  'daily-backup': DailyBackupResult;
  'backup-file': BackupFileResult;
}

export function runJob(job: Job): JobResults[Job['kind']] {
  switch (job.kind) {
    case 'integrity-check':
      return runIntegrityCheck(job);
    case 'daily-backup':
      return runDailyBackupJob(job);
    case 'backup-file':
      return runBackupFileJob(job);
  }
}
