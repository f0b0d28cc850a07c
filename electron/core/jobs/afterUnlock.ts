// What the journal does by itself once an unlock has answered: check every page off the request thread, then the day's backup.
import type { AppEvent, LockReason } from '../../contract';
import { runDailyBackup } from '../backup/dailyBackup';
import { DAMAGED_JOURNAL_MESSAGE } from '../db/integrity';
import type { Vault } from '../vault/vault';
import type { OffThread } from './offThread';

export interface AfterUnlockDependencies {
  vault: Vault;
  offThread: OffThread;
  emit(event: AppEvent): void;
  lock(reason: LockReason): void;
  log(line: string): void;
  now(): Date;
  /** The writer's local day, YYYY-MM-DD. */
  today(): string;
}

/** One background pass; never throws. Damage found locks the journal, so nothing more is written on a file that cannot be trusted. */
export async function afterUnlock({ vault, offThread, emit, lock, log, now, today }: AfterUnlockDependencies): Promise<void> {
  if (!vault.isUnlocked()) return;
  const result = await offThread.run({
    kind: 'integrity-check',
    databasePath: vault.databasePath,
    dataKey: vault.dataKeyCopy(),
    nativeBinding: vault.nativeBinding,
  });
  if (!result.ok && result.code === 'VAULT_CORRUPT') {
    log('integrity check: VAULT_CORRUPT');
    emit({ name: 'background.failed', task: 'integrity-check', error: { code: 'VAULT_CORRUPT', message: DAMAGED_JOURNAL_MESSAGE } });
    lock('damaged');
    return;
  }
  // Anything else (locked meanwhile, the folder gone) is not damage; the next unlock checks again.
  if (!result.ok) return log(`integrity check skipped: ${result.code}`);
  const failed = (error: { code: string; message: string }) => emit({ name: 'background.failed', task: 'daily-backup', error });
  await runDailyBackup(vault, offThread, { log, failed }, today(), now());
}
