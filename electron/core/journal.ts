// Composition root of core: one journal per data folder, exposing the async dispatcher and core's events.
import type { AppEvent, LockReason } from '../contract';
import { attachmentsHandlers } from './attachments/attachmentsHandlers';
import { localDay } from '../contract/localDay';
import { writePreMigrationBackup } from './backup/autoBackups';
import { backupHandlers } from './backup/backupHandlers';
import { commitmentsHandlers } from './commitments/commitmentsHandlers';
import { defaultSettings } from '../contract/settings/schemas';
import { createDispatcher, type Dispatch } from './dispatch/dispatcher';
import { entriesHandlers } from './entries/entriesHandlers';
import { exportHandlers } from './export/exportHandlers';
import { afterUnlock } from './jobs/afterUnlock';
import { OffThread } from './jobs/offThread';
import { importHandlers } from './imports/importHandlers';
import type { PdfPrinter } from './export/pdfPrinter';
import { AutoLock, type AutoLockOptions } from './lock/autoLock';
import { systemClock } from './lock/idleTimer';
import { searchHandlers } from './search/searchHandlers';
import { CheckInReminders } from './reminders/checkInReminder';
import { settingsHandlers } from './settings/settingsHandlers';
import { statsHandlers } from './stats/statsHandlers';
import { tagsHandlers } from './tags/tagsHandlers';
import { SettingsRepository } from './settings/settingsRepository';
import { syncBuiltinTemplates } from './templates/syncBuiltinTemplates';
import { templatesHandlers } from './templates/templatesHandlers';
import { Vault, type VaultOptions } from './vault/vault';
import { vaultHandlers } from './vault/vaultHandlers';
import { wellbeingHandlers } from './wellbeing/wellbeingHandlers';

export interface JournalOptions extends VaultOptions {
  /** Injected clock for the writer's "today"; defaults to the machine's local date. */
  now?: () => Date;
  log?: (line: string) => void;
  /** Prints export.pdf documents; each shell injects its own (Electron's printToPDF, or Chromium in the web host). */
  pdfPrinter?: PdfPrinter;
  /** Idle-timer clock (also times the lock grace period) and the test-only interval override (docs/SECURITY.md). */
  autoLock?: AutoLockOptions;
  /** The built jobWorker.js: background checks then run in a worker thread (each shell passes its own; tests run them inline). */
  jobWorker?: string;
}

export interface Journal {
  dispatch: Dispatch;
  onEvent(listener: (event: AppEvent) => void): () => void;
  isUnlocked(): boolean;
  /** Lock from the host side at once; emits vault.locked when it was unlocked. */
  lock(reason: LockReason): void;
  /**
   * Ask the renderer to save what is pending (vault.willLock), then lock: as soon as it calls vault.lock,
   * or after the grace period, whichever comes first. Idle, suspend and quit use this so typed text survives.
   */
  requestLock(reason: LockReason, graceMs?: number): Promise<void>;
  close(): void;
  /** Resolves when the work core started by itself (the daily backup) has finished; for tests and a tidy shutdown. */
  idle(): Promise<void>;
}

/**
 * A key change waits for the background pass (check, daily backup): a backup written meanwhile would carry the old key file, or
 * the old key, and miss the re-making of automatic backups, so the retired secret would still open it.
 */
const KEY_CHANGES = new Set<string>(['vault.changePassphrase', 'vault.rotateRecoveryCode']);

/** Long enough for a debounced save to reach the disk, short enough not to hold up a suspend. */
export const DEFAULT_LOCK_GRACE_MS = 1500;

/** After these, the check-in reminder's setting may have changed (a new journal, another one restored, an edit). */
const REMINDER_SOURCES: ReadonlySet<string> = new Set([
  'vault.create',
  'vault.unlock',
  'settings.update',
  'backup.restore',
  'backup.restoreAutomatic',
]);

/** The saved interval; a database that cannot answer still gets the safe default rather than no auto-lock at all. */
function storedAutoLockMinutes(vault: Vault): number | null {
  try {
    return new SettingsRepository(vault.database()).read().autoLockMinutes;
  } catch {
    return defaultSettings.autoLockMinutes;
  }
}

export function createJournal(options: JournalOptions): Journal {
  const vault = new Vault(options, {
    beforeMigrate: (db, from) => writePreMigrationBackup({ db, keyFilePath: vault.keyFilePath, workDir: options.dataDir }, from),
    afterMigrate: (db) => syncBuiltinTemplates(db),
  });
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => listeners.forEach((listener) => listener(event));
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const offThread = new OffThread(options.jobWorker);
  let background: Promise<void> = Promise.resolve();
  // After the answer to the unlock has gone out, never inside it: the person is writing before the check and the backup start.
  const scheduleAfterUnlock = () => {
    const next = () => afterUnlock({ vault, offThread, emit, lock, log, now, today: () => localDay(now()) });
    background = background.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(next);
  };
  // Until no background pass is left: one started meanwhile (an unlock during the wait) is waited for too.
  const settled = async () => {
    for (let pass = background; ; pass = background) {
      await pass;
      if (pass === background) return;
    }
  };
  const clock = options.autoLock?.clock ?? systemClock;
  const lock = (reason: LockReason) => {
    autoLock.locked();
    if (!vault.isUnlocked()) return;
    offThread.cancel();
    vault.lock();
    emit({ name: 'vault.locked', reason });
  };
  const requestLock = async (reason: LockReason, graceMs = DEFAULT_LOCK_GRACE_MS) => {
    if (!vault.isUnlocked()) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clock.clearTimeout(timer);
        listeners.delete(onLocked);
        resolve();
      };
      const onLocked = (event: AppEvent) => event.name === 'vault.locked' && done();
      const timer = clock.setTimeout(done, graceMs);
      listeners.add(onLocked);
      emit({ name: 'vault.willLock', reason });
    });
    lock(reason);
  };
  // Idle locks gracefully too: the renderer saves what is pending first.
  const autoLock = new AutoLock(() => void requestLock('idle'), options.autoLock);
  // Whatever a call did (create, unlock, restore, lock), the idle countdown runs exactly while the journal is open,
  // and an unlock schedules the day's backup (a journal just created has nothing to back up yet).
  const afterCall = (method: string, wasUnlocked: boolean) => {
    const unlocked = vault.isUnlocked();
    if (unlocked && !autoLock.running) autoLock.unlocked(storedAutoLockMinutes(vault));
    if (!unlocked && autoLock.running) autoLock.locked();
    // Nothing of a journal that was locked is handed out afterwards: a file still being made is stopped and deleted.
    if (!unlocked) offThread.cancel();
    if (method === 'vault.unlock' && unlocked && !wasUnlocked) scheduleAfterUnlock();
  };
  const reminders = new CheckInReminders(now, clock, () => emit({ name: 'reminders.checkIn' }));
  const syncReminders = (method: string) => {
    if (!REMINDER_SOURCES.has(method) || !vault.status().unlocked) return;
    try {
      reminders.update(new SettingsRepository(vault.database()).read().reminders.checkIn);
    } catch {
      reminders.stop();
    }
  };
  const inner = createDispatcher(
    {
      ...vaultHandlers,
      ...entriesHandlers,
      ...templatesHandlers,
      ...wellbeingHandlers,
      ...settingsHandlers,
      ...searchHandlers,
      ...tagsHandlers,
      ...exportHandlers({ printer: options.pdfPrinter, now }),
      ...backupHandlers,
      ...attachmentsHandlers,
      ...importHandlers(),
      ...commitmentsHandlers,
      ...statsHandlers,
    },
    { vault, emit, autoLock, jobs: offThread, today: () => localDay(now()), now },
    options.log,
  );
  const dispatch: Dispatch = async (method, input) => {
    if (KEY_CHANGES.has(method)) await settled();
    const wasUnlocked = vault.isUnlocked();
    const result = await inner(method, input);
    // Before the answer: a save that only the -wal holds (a reader kept the checkpoint back) is marked so (db/walNeeded.ts).
    settleWal(vault, log);
    afterCall(method, wasUnlocked);
    if (result.ok) syncReminders(method);
    return result;
  };
  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isUnlocked: () => vault.isUnlocked(),
    lock,
    requestLock,
    close() {
      reminders.stop();
      offThread.stopAll();
      autoLock.locked();
      vault.lock();
      listeners.clear();
    },
    idle: () => background,
  };
}

/** Never fails a call that has already happened: a mark that cannot be written is logged (without any entry text). */
function settleWal(vault: Vault, log: (line: string) => void): void {
  try {
    vault.settleWal();
  } catch (error) {
    log(`wal mark: ${(error as { code?: string }).code ?? 'failed'}`);
  }
}
