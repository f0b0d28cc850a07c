// Composition root of core: one journal per data folder, exposing the async dispatcher and core's events.
import type { AppEvent } from '../contract';
import { defaultSettings } from '../contract/settings/schemas';
import { createDispatcher, type Dispatch } from './dispatch/dispatcher';
import { entriesHandlers } from './entries/entriesHandlers';
import { AutoLock, type AutoLockOptions } from './lock/autoLock';
import { settingsHandlers } from './settings/settingsHandlers';
import { SettingsRepository } from './settings/settingsRepository';
import { Vault, type VaultOptions } from './vault/vault';
import { vaultHandlers } from './vault/vaultHandlers';

export interface JournalOptions extends VaultOptions {
  /** Injected clock for the writer's "today"; defaults to the machine's local date. */
  now?: () => Date;
  log?: (line: string) => void;
  /** Idle-timer clock and the test-only interval override (see docs/SECURITY.md). */
  autoLock?: AutoLockOptions;
}

export interface Journal {
  dispatch: Dispatch;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Lock from the host side (idle timer, suspend, quit); emits vault.locked when it was unlocked. */
  lock(reason: NonNullable<AppEvent['reason']>): void;
  close(): void;
}

export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The saved interval; a database that cannot answer still gets the safe default rather than no auto-lock at all. */
function storedAutoLockMinutes(vault: Vault): number | null {
  try {
    return new SettingsRepository(vault.database()).read().autoLockMinutes;
  } catch {
    return defaultSettings.autoLockMinutes;
  }
}

export function createJournal(options: JournalOptions): Journal {
  const vault = new Vault(options);
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => listeners.forEach((listener) => listener(event));
  const now = options.now ?? (() => new Date());
  const lock = (reason: NonNullable<AppEvent['reason']>) => {
    autoLock.locked();
    if (!vault.status().unlocked) return;
    vault.lock();
    emit({ name: 'vault.locked', reason });
  };
  const autoLock = new AutoLock(() => lock('idle'), options.autoLock);
  // Whatever a call did (create, unlock, lock), the idle countdown runs exactly while the journal is open.
  const syncAutoLock = () => {
    const { unlocked } = vault.status();
    if (unlocked && !autoLock.running) autoLock.unlocked(storedAutoLockMinutes(vault));
    if (!unlocked && autoLock.running) autoLock.locked();
  };
  const inner = createDispatcher(
    { ...vaultHandlers, ...entriesHandlers, ...settingsHandlers },
    { vault, emit, autoLock, today: () => localDate(now()) },
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
    lock,
    close() {
      autoLock.locked();
      vault.lock();
      listeners.clear();
    },
  };
}
