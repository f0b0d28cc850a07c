// The day's automatic backup, started by the journal after an unlock (never inside it): a failure is logged and reported, never thrown.
import path from 'node:path';
import type { Db } from '../db/openDatabase';
import { toAppError } from '../errors/AppError';
import { writeDailyBackupIfDue } from './autoBackups';

export interface DailyBackupSource {
  keyFilePath: string;
  database(): Db;
}

export interface BackgroundReport {
  log(line: string): void;
  /** Tells the page (a `background.failed` event), so a backup that cannot be written (disk full) is not silent. */
  failed(error: { code: string; message: string }): void;
}

export async function runDailyBackup(source: DailyBackupSource, report: BackgroundReport, now = new Date()): Promise<void> {
  try {
    const file = await writeDailyBackupIfDue({ db: source.database(), keyFilePath: source.keyFilePath, workDir: path.dirname(source.keyFilePath) }, now);
    if (file) report.log(`daily backup written: ${path.basename(file)}`);
  } catch (error) {
    const { code, message } = toAppError(error);
    // Locking while it ran is not a failure: the next unlock tries again.
    if (code === 'LOCKED') return;
    report.log(`daily backup skipped: ${code}`);
    report.failed({ code, message: failureMessage(code, message) });
  }
}

function failureMessage(code: string, message: string): string {
  if (code === 'VAULT_CORRUPT') {
    return "Afterword found damage in your journal file while making today's automatic backup, so that backup was not kept and your older ones are untouched. Export what you can now, then restore the newest automatic backup from Backups….";
  }
  if (code === 'DISK_FULL') return "Today's automatic backup could not be written: your disk is full. Your journal itself is fine; free some space and Afterword tries again at the next unlock.";
  return `Today's automatic backup could not be written (${message}) Your journal itself is unchanged; Afterword tries again at the next unlock.`;
}
