// The background jobs a worker can run, by kind: one function per kind, the same in the worker and inline (unit tests).
import { runDailyBackupJob, type DailyBackupJob, type DailyBackupResult } from './dailyBackupJob';
import { runIntegrityCheck, type IntegrityJob, type IntegrityResult } from './integrityJob';

export type Job = ({ kind: 'integrity-check' } & IntegrityJob) | ({ kind: 'daily-backup' } & DailyBackupJob);

export interface JobResults {
  'integrity-check': IntegrityResult;
  'daily-backup': DailyBackupResult;
}

export function runJob(job: Job): JobResults[Job['kind']] {
  return job.kind === 'integrity-check' ? runIntegrityCheck(job) : runDailyBackupJob(job);
}
