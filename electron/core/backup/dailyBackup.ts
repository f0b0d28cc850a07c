// The day's automatic backup, started by the journal after an unlock (never inside it) as a background job: a failure is
// logged and reported, never thrown.
import path from 'node:path';
import type { OffThread } from '../jobs/offThread';
import type { Vault } from '../vault/vault';

export interface BackgroundReport {
  log(line: string): void;
  /** Tells the page (a `background.failed` event), so a backup that cannot be written (disk full) is not silent. */
  failed(error: { code: string; message: string }): void;
}

export async function runDailyBackup(vault: Vault, offThread: OffThread, report: BackgroundReport, day: string, now: Date): Promise<void> {
  // Locked meanwhile: not a failure; the next unlock tries again.
  if (!vault.isUnlocked()) return;
  const result = await offThread.run({
    kind: 'daily-backup',
    databasePath: vault.databasePath,
    keyFilePath: vault.keyFilePath,
    dataKey: vault.dataKeyCopy(),
    nativeBinding: vault.nativeBinding,
    day,
    createdAt: now.toISOString(),
  });
  if (result.ok) {
    if (result.file) report.log(`daily backup written: ${path.basename(result.file)}`);
    return;
  }
  report.log(`daily backup skipped: ${result.code}`);
  report.failed({ code: result.code, message: failureMessage(result.code, result.message) });
}

function failureMessage(code: string, message: string): string {
  if (code === 'VAULT_CORRUPT') {
    return "Afterword found damage in your journal file while making today's automatic backup, so that backup was not kept and your older ones are untouched. Export what you can now, then restore the newest automatic backup from Backups….";
  }
  if (code === 'DISK_FULL')
    return "Today's automatic backup could not be written: your disk is full. Your journal itself is fine; free some space and Afterword tries again at the next unlock.";
  return `Today's automatic backup could not be written (${message}) Your journal itself is unchanged; Afterword tries again at the next unlock.`;
}
