import { describe, expect, it, vi } from 'vitest';
import { ipcChannel, ipcEventChannel, methodNames, type AppEvent } from '../../../electron/contract/methodNames';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
      on: (channel: string, listener: (...args: unknown[]) => void) =>
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
    },
  };
});
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: electron.ipcRenderer,
}));

await import('../../../electron/preload/index');
const api = electron.exposed.get('afterword') as Record<string, (...args: unknown[]) => unknown>;

describe('preload', () => {
  it('exposes only window.afterword', () => {
    expect([...electron.exposed.keys()]).toEqual(['afterword']);
  });

  it('has exactly the contract methods plus onEvent', () => {
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'onEvent'].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('invokes each method on its own channel with the input alone', async () => {
    for (const name of methodNames) {
      await expect(api[name]?.({ probe: name })).resolves.toEqual({
        ok: true,
        value: { channel: ipcChannel(name), input: { probe: name } },
      });
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(methodNames.length);
  });

  it('delivers event payloads without the IPC event, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.onEvent?.((...args: unknown[]) => received.push(args)) as () => void;
    const locked: AppEvent = { name: 'vault.locked', reason: 'suspend' };
    const emit = () => electron.listeners.get(ipcEventChannel)?.forEach((listener) => listener({ sender: 'ipcRenderer itself' }, locked));
    emit();
    expect(received).toEqual([[locked]]);
    unsubscribe();
    emit();
    expect(received).toHaveLength(1);
    expect(electron.listeners.get(ipcEventChannel)?.size).toBe(0);
  });
});
