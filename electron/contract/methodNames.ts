// Every contract method's name, free of dependencies so the sandboxed preload can import it.
export const methodNames = [
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'entries.create',
  'entries.get',
  'entries.update',
  'entries.list',
  'entries.trash',
  'entries.restore',
  'entries.listTrash',
] as const;

export type MethodName = (typeof methodNames)[number];

/** Methods that work while the journal is locked; every other one answers LOCKED. */
export const unlockedNotRequired: ReadonlySet<MethodName> = new Set([
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
]);

/** Events pushed from core to the renderer (IPC event in Electron, Server-Sent Events in the web host). */
export const eventNames = ['vault.locked'] as const;
export type EventName = (typeof eventNames)[number];
export interface AppEvent {
  name: EventName;
  reason?: 'user' | 'idle' | 'suspend' | 'screen-lock' | 'quit';
}

export const ipcChannel = (method: MethodName): string => `afterword:${method}`;
export const ipcEventChannel = 'afterword:event';
