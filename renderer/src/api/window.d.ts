// window.afterword exists only inside Electron (set by the preload); the browser host leaves it undefined.
import type { AfterwordApi } from '../../../electron/contract';

declare global {
  interface Window {
    afterword?: AfterwordApi;
  }
}

export {};
