// Types window.afterword for the renderer; the preload (index.ts) is what puts it there.
import type { AfterwordApi } from '../contract/api';

declare global {
  interface Window {
    /** Present inside Electron; absent in the browser, where the renderer's client uses HTTP instead. */
    afterword?: AfterwordApi;
  }
}

export {};
