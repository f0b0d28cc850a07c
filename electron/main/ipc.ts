// Wires every contract method to the journal's dispatcher over ipcMain.handle, answering only our own window.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { defaultMessages, type Result } from '../contract/errors';
import { ipcChannel, methodNames } from '../contract/methodNames';
import type { Journal } from '../core/journal';
import { isTrustedSender } from './trustedSender';

export interface IpcWiring {
  dispatch: Journal['dispatch'];
  /** The main window's webContents, or undefined while there is none. */
  trustedWebContents: () => WebContents | undefined;
  devOrigin: string | null;
}

const forbidden: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: defaultMessages.FORBIDDEN } };

function senderIsTrusted(event: IpcMainInvokeEvent, wiring: IpcWiring): boolean {
  const frame = event.senderFrame;
  return isTrustedSender(
    {
      frameUrl: frame?.url ?? null,
      isTopFrame: frame?.parent === null,
      senderWebContentsId: event.sender.id,
      trustedWebContentsId: wiring.trustedWebContents()?.id ?? null,
    },
    wiring.devOrigin,
  );
}

export function registerContractHandlers(wiring: IpcWiring): void {
  for (const name of methodNames) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) =>
      senderIsTrusted(event, wiring) ? wiring.dispatch(name, input) : forbidden,
    );
  }
}
