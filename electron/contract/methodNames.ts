// Every contract method's name, free of dependencies so the sandboxed preload can import it.
import { backupFileInputMethods, backupFileResultMethods, backupMethodNames, backupMethodsWhileLocked } from './backup/names';
import { entriesMethodNames } from './entries/names';
import { exportsFileInputMethods, exportsFileResultMethods, exportsMethodNames } from './exports/names';
import { settingsMethodNames } from './settings/names';
import { templatesMethodNames } from './templates/names';
import { vaultMethodNames } from './vault/names';

/** Each domain lists its own names in <domain>/names.ts; this is their union, in one place. */
export const methodNames = [
  ...vaultMethodNames,
  ...entriesMethodNames,
  ...templatesMethodNames,
  ...exportsMethodNames,
  ...backupMethodNames,
  ...settingsMethodNames,
] as const;

export type MethodName = (typeof methodNames)[number];

/** Methods that work while the journal is locked; every other one answers LOCKED. */
export const unlockedNotRequired: ReadonlySet<MethodName> = new Set<MethodName>([...vaultMethodNames, ...backupMethodsWhileLocked]);

/** Methods whose core answer is a FilePayload; the renderer sees a SavedFile (see files.ts). */
export const fileResultMethods = [...exportsFileResultMethods, ...backupFileResultMethods] as const;
export type FileResultMethod = (typeof fileResultMethods)[number];

/** Methods that take a picked file as `file`; the renderer never passes a path (see files.ts). */
export const fileInputMethods = [...exportsFileInputMethods, ...backupFileInputMethods] as const;
export type FileInputMethod = (typeof fileInputMethods)[number];

export const isFileResultMethod = (name: string): name is FileResultMethod => (fileResultMethods as readonly string[]).includes(name);
export const isFileInputMethod = (name: string): name is FileInputMethod => (fileInputMethods as readonly string[]).includes(name);

/** Events pushed from core to the renderer (IPC event in Electron, Server-Sent Events in the web host). */
export const eventNames = ['vault.locked'] as const;
export type EventName = (typeof eventNames)[number];
export interface AppEvent {
  name: EventName;
  reason?: 'user' | 'idle' | 'suspend' | 'screen-lock' | 'quit';
}

export const ipcChannel = (method: MethodName): string => `afterword:${method}`;
export const ipcEventChannel = 'afterword:event';
