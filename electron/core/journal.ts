// Composition root of core: one journal per data folder, exposing the async dispatcher and core's events.
import type { AppEvent, LockReason } from '../contract';
import { attachmentsHandlers } from './attachments/attachmentsHandlers';
import { localDay } from '../contract/localDay';
import { backupHandlers } from './backup/backupHandlers';
import { defaultSettings } from '../contract/settings/schemas';
import { createDispatcher, type Dispatch } from './dispatch/dispatcher';
import { entriesHandlers } from './entries/entriesHandlers';
import { exportHandlers } from './export/exportHandlers';
import { importHandlers } from './imports/importHandlers';
import type { PdfPrinter } from './export/pdfPrinter';
import { AutoLock, type AutoLockOptions } from './lock/autoLock';
import { systemClock } from './lock/idleTimer';
import { settingsHandlers } from './settings/settingsHandlers';
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
}

/** Long enough for a debounced save to reach the disk, short enough not to hold up a suspend. */
export const DEFAULT_LOCK_GRACE_MS = 1500;

/** The saved interval; a database that cannot answer still gets the safe default rather than no auto-lock at all. */
function storedAutoLockMinutes(vault: Vault): number | null {
  try {
    return new SettingsRepository(vault.database()).read().autoLockMinutes;
  } catch {
    return defaultSettings.autoLockMinutes;
  }
}

export function createJournal(options: JournalOptions): Journal {
  const vault = new Vault(options, (db) => syncBuiltinTemplates(db));
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => listeners.forEach((listener) => listener(event));
  const now = options.now ?? (() => new Date());
  const clock = options.autoLock?.clock ?? systemClock;
  const lock = (reason: LockReason) => {
    autoLock.locked();
    if (!vault.status().unlocked) return;
    vault.lock();
    emit({ name: 'vault.locked', reason });
  };
  const requestLock = async (reason: LockReason, graceMs = DEFAULT_LOCK_GRACE_MS) => {
    if (!vault.status().unlocked) return;
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
  // Whatever a call did (create, unlock, lock), the idle countdown runs exactly while the journal is open.
  const syncAutoLock = () => {
    const { unlocked } = vault.status();
    if (unlocked && !autoLock.running) autoLock.unlocked(storedAutoLockMinutes(vault));
    if (!unlocked && autoLock.running) autoLock.locked();
  };
  const inner = createDispatcher(
    { ...vaultHandlers, ...entriesHandlers, ...templatesHandlers, ...wellbeingHandlers, ...settingsHandlers, ...exportHandlers({ printer: options.pdfPrinter, now }), ...backupHandlers, ...attachmentsHandlers, ...importHandlers() },
    { vault, emit, autoLock, today: () => localDay(now()) },
    options.log,
  );
  const dispatch: Dispatch = async (method, input) => {
    const result = await inner(method, input);
    syncAutoLock();
    return result;
  };
  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isUnlocked: () => vault.status().unlocked,
    lock,
    requestLock,
    close() {
      autoLock.locked();
      vault.lock();
      listeners.clear();
    },
  };
}
