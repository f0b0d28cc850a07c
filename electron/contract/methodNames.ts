// Every contract method's name, free of dependencies so the sandboxed preload can import it.
import { attachmentsBytesInputMethods, attachmentsBytesResultMethods, attachmentsMethodNames } from './attachments/names';
import type { AppCommand } from './appCommands';
import { backupFileInputMethods, backupFileResultMethods, backupMethodNames, backupMethodsWhileLocked } from './backup/names';
import { commitmentsMethodNames } from './commitments/names';
import { entriesMethodNames } from './entries/names';
import { exportsFileInputMethods, exportsFileResultMethods, exportsMethodNames, type FileJobMethod } from './exports/names';
import { searchMethodNames } from './search/names';
import { settingsMethodNames } from './settings/names';
import { statsMethodNames } from './stats/names';
import { tagsMethodNames } from './tags/names';
import { templatesMethodNames } from './templates/names';
import { vaultMethodNames, vaultMethodsWhileLocked } from './vault/names';
import { wellbeingMethodNames } from './wellbeing/names';

/** Each domain lists its own names in <domain>/names.ts; this is their union, in one place. */
export const methodNames = [
  ...vaultMethodNames,
  ...entriesMethodNames,
  ...templatesMethodNames,
  ...exportsMethodNames,
  ...backupMethodNames,
  ...settingsMethodNames,
  ...wellbeingMethodNames,
  ...searchMethodNames,
  ...tagsMethodNames,
  ...commitmentsMethodNames,
  ...attachmentsMethodNames,
  ...statsMethodNames,
] as const;

export type MethodName = (typeof methodNames)[number];

/** Methods that work while the journal is locked; every other one answers LOCKED. */
export const unlockedNotRequired: ReadonlySet<MethodName> = new Set<MethodName>([...vaultMethodsWhileLocked, ...backupMethodsWhileLocked]);

/** Methods whose core answer is a FilePayload; the renderer sees a SavedFile (see files.ts). */
export const fileResultMethods = [...exportsFileResultMethods, ...backupFileResultMethods] as const;
export type FileResultMethod = (typeof fileResultMethods)[number];

/** Methods that take a picked file as `file`; the renderer never passes a path (see files.ts). */
export const fileInputMethods = [...exportsFileInputMethods, ...backupFileInputMethods, ...attachmentsBytesInputMethods] as const;
export type FileInputMethod = (typeof fileInputMethods)[number];

export const isFileResultMethod = (name: string): name is FileResultMethod => (fileResultMethods as readonly string[]).includes(name);
export const isFileInputMethod = (name: string): name is FileInputMethod => (fileInputMethods as readonly string[]).includes(name);

/** File-taking methods whose bytes the renderer already holds (a pasted picture): Electron main opens no dialog for them. */
export const bytesInputMethods = [...attachmentsBytesInputMethods] as const;
export type BytesInputMethod = (typeof bytesInputMethods)[number];
export const isBytesInputMethod = (name: string): name is BytesInputMethod => (bytesInputMethods as readonly string[]).includes(name);

/** Methods whose FilePayload answer is for the page itself (a picture to show), never saved through a dialog or downloaded. */
export const bytesResultMethods = [...attachmentsBytesResultMethods] as const;
export type BytesResultMethod = (typeof bytesResultMethods)[number];
export const isBytesResultMethod = (name: string): name is BytesResultMethod => (bytesResultMethods as readonly string[]).includes(name);

/** Events pushed from core to the renderer (IPC event in Electron, Server-Sent Events in the web host). */
export const eventNames = [
  'vault.locked',
  'vault.willLock',
  'app.command',
  'reminders.checkIn',
  'background.failed',
  'import.progress',
  'export.progress',
] as const;
export type EventName = (typeof eventNames)[number];

/** `damaged`: the background integrity check found damage (a `background.failed` event says so first). */
export const lockReasons = ['user', 'idle', 'suspend', 'screen-lock', 'quit', 'damaged'] as const;
export type LockReason = (typeof lockReasons)[number];

/** Menu commands main sends to the renderer (the renderer owns what they do): listed in appCommands.ts. */
export { appCommands, type AppCommand } from './appCommands';

/** Work core does on its own after an unlock; `background.failed` names the one that failed. */
export const backgroundTasks = ['integrity-check', 'daily-backup'] as const;
export type BackgroundTask = (typeof backgroundTasks)[number];

/**
 * vault.willLock: the host is about to lock (idle, suspend, quit): save what is pending, then call vault.lock
 * with the same reason; the host locks anyway after a short grace period. vault.locked: locked; drop everything.
 * reminders.checkIn: the writer's chosen check-in time has come (it carries nothing else).
 * background.failed: work core started by itself failed (`task`, and `error` with a code and a message to show).
 * import.progress: how far a running import (import.json, import.dayOne, import.markdown) is.
 * export.progress: how far a running export.json / export.markdown (entries) or backup.create (its three steps) is: `job`, `done`, `total`.
 */
export interface AppEvent {
  name: EventName;
  reason?: LockReason;
  command?: AppCommand;
  task?: BackgroundTask;
  error?: { code: string; message: string };
  /**
   * import.progress: without `stage`, entries read so far of the total in the file; `checking`, thousandths of the file checked
   * (import.json checks it whole before adding anything); `adding`, entries added so far of those to add.
   */
  progress?: { done: number; total: number; stage?: 'checking' | 'adding' };
  /** export.progress: the method whose file is being made, and how far it is. */
  job?: FileJobMethod;
  done?: number;
  total?: number;
}

export const ipcChannel = (method: MethodName): string => `afterword:${method}`;
export const ipcEventChannel = 'afterword:event';
