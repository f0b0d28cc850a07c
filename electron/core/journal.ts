// Composition root of core: one journal per data folder, exposing the async dispatcher and core's events.
import type { AppEvent } from '../contract';
import { backupHandlers } from './backup/backupHandlers';
import { createDispatcher, type Dispatch } from './dispatch/dispatcher';
import { entriesHandlers } from './entries/entriesHandlers';
import { Vault, type VaultOptions } from './vault/vault';
import { vaultHandlers } from './vault/vaultHandlers';

export interface JournalOptions extends VaultOptions {
  /** Injected clock for the writer's "today"; defaults to the machine's local date. */
  now?: () => Date;
  log?: (line: string) => void;
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

export function createJournal(options: JournalOptions): Journal {
  const vault = new Vault(options);
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => listeners.forEach((listener) => listener(event));
  const now = options.now ?? (() => new Date());
  const dispatch = createDispatcher({ ...vaultHandlers, ...entriesHandlers, ...backupHandlers }, { vault, emit, today: () => localDate(now()) }, options.log);
  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lock(reason) {
      if (!vault.status().unlocked) return;
      vault.lock();
      emit({ name: 'vault.locked', reason });
    },
    close() {
      vault.lock();
      listeners.clear();
    },
  };
}
