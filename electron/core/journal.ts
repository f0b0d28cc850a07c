// Composition root of core: one journal per data folder, exposing the async dispatcher and core's events.
import type { AppEvent, LockReason } from '../contract';
import { backupHandlers } from './backup/backupHandlers';
import { createDispatcher, type Dispatch } from './dispatch/dispatcher';
import { entriesHandlers } from './entries/entriesHandlers';
import { syncBuiltinTemplates } from './templates/syncBuiltinTemplates';
import { templatesHandlers } from './templates/templatesHandlers';
import { Vault, type VaultOptions } from './vault/vault';
import { vaultHandlers } from './vault/vaultHandlers';
import { wellbeingHandlers } from './wellbeing/wellbeingHandlers';

export interface JournalOptions extends VaultOptions {
  /** Injected clock for the writer's "today"; defaults to the machine's local date. */
  now?: () => Date;
  log?: (line: string) => void;
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

export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function createJournal(options: JournalOptions): Journal {
  const vault = new Vault(options, (db) => syncBuiltinTemplates(db));
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => listeners.forEach((listener) => listener(event));
  const now = options.now ?? (() => new Date());
  const lock = (reason: LockReason) => {
    if (!vault.status().unlocked) return;
    vault.lock();
    emit({ name: 'vault.locked', reason });
  };
  const handlers = { ...vaultHandlers, ...entriesHandlers, ...templatesHandlers, ...wellbeingHandlers, ...backupHandlers };
  const dispatch = createDispatcher(handlers, { vault, emit, today: () => localDate(now()) }, options.log);
  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isUnlocked: () => vault.status().unlocked,
    lock,
    async requestLock(reason, graceMs = DEFAULT_LOCK_GRACE_MS) {
      if (!vault.status().unlocked) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          listeners.delete(onLocked);
          resolve();
        };
        const onLocked = (event: AppEvent) => event.name === 'vault.locked' && done();
        const timer = setTimeout(done, graceMs);
        listeners.add(onLocked);
        emit({ name: 'vault.willLock', reason });
      });
      lock(reason);
    },
    close() {
      vault.lock();
      listeners.clear();
    },
  };
}
