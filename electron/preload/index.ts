// Sandboxed preload: exposes window.afterword, built from the contract's method list, and nothing else.
// It may import only 'electron' at runtime; methodNames.ts has no dependencies and is bundled in.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AfterwordApi } from '../contract/api';
import { ipcChannel, ipcEventChannel, methodNames, type AppEvent } from '../contract/methodNames';

const methods = Object.fromEntries(methodNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]));

const api = {
  ...methods,
  onEvent(listener: (event: AppEvent) => void): () => void {
    // Only the payload crosses over: the IPC event object would hand the page ipcRenderer itself.
    const forward = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(ipcEventChannel, forward);
    return () => {
      ipcRenderer.removeListener(ipcEventChannel, forward);
    };
  },
} as AfterwordApi;

contextBridge.exposeInMainWorld('afterword', api);
