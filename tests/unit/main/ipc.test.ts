import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, methodNames } from '../../../electron/contract/methodNames';

type Handler = (event: unknown, input: unknown) => unknown;
const handlers = vi.hoisted(() => new Map<string, Handler>());
vi.mock('electron', () => ({ ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } }));

const { registerContractHandlers } = await import('../../../electron/main/ipc');

const mainContents = { id: 1 };
const topFrame = (url: string) => ({ url, parent: null });
const eventFrom = (sender: { id: number }, senderFrame: { url: string; parent: unknown } | null) => ({ sender, senderFrame });

describe('registerContractHandlers', () => {
  const dispatch = vi.fn(async (method: string, input: unknown) => ({ ok: true as const, value: { method, input } }));

  beforeEach(() => {
    handlers.clear();
    dispatch.mockClear();
    registerContractHandlers({ dispatch, trustedWebContents: () => mainContents as never, devOrigin: null });
  });

  it('handles exactly the contract methods, one channel each', () => {
    expect([...handlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
  });

  it('passes a call from our window to the dispatcher under its own method name', async () => {
    const handler = handlers.get(ipcChannel('vault.unlock'));
    const result = await handler?.(eventFrom(mainContents, topFrame('app://afterword/index.html')), { passphrase: 'x' });
    expect(dispatch).toHaveBeenCalledWith('vault.unlock', { passphrase: 'x' });
    expect(result).toEqual({ ok: true, value: { method: 'vault.unlock', input: { passphrase: 'x' } } });
  });

  it.each([
    ['another webContents', eventFrom({ id: 2 }, topFrame('app://afterword/index.html'))],
    ['a foreign page in our window', eventFrom(mainContents, topFrame('https://evil.example/'))],
    ['a subframe', eventFrom(mainContents, { url: 'app://afterword/index.html', parent: {} })],
    ['a frame that is gone', eventFrom(mainContents, null)],
  ])('answers FORBIDDEN to %s without touching the journal', async (_why, event) => {
    const result = await handlers.get(ipcChannel('entries.list'))?.(event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers FORBIDDEN when there is no main window', async () => {
    handlers.clear();
    registerContractHandlers({ dispatch, trustedWebContents: () => undefined, devOrigin: null });
    const result = await handlers.get(ipcChannel('vault.status'))?.(eventFrom(mainContents, topFrame('app://afterword/')), undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
