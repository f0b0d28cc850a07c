// Navigation, pop-up and <webview> guards, applied to every webContents the app ever creates.
import type { WebContents } from 'electron';
import { isRendererUrl } from './rendererOrigin';

export function guardWebContents(contents: WebContents, devOrigin: string | null): void {
  contents.on('will-navigate', (event) => {
    if (!isRendererUrl(event.url, devOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isRendererUrl(event.url, devOrigin)) event.preventDefault();
  });
  // Links never open windows or the system browser: nothing leaves the machine unless the user exports it.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
