// Which Chromium permission a page may have: only writing to the clipboard ("Copy code" on the recovery-code screen),
// only for the main window, and only while it shows our own renderer. Pure, so every answer is unit-tested under Node.
import { isRendererUrl } from './rendererOrigin';

/** navigator.clipboard.writeText asks for this one (session.md lists it among the permissions). */
export const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

export interface PermissionFacts {
  permission: string;
  /** The asking webContents' id, or null when Chromium asks without one (a check from a service worker, say). */
  webContentsId: number | null;
  /** The main window's webContents id, or null when there is no window. */
  trustedWebContentsId: number | null;
  /** The asking page's URL (requests) or origin (checks). */
  requestingUrl: string;
}

export function isPermissionGranted(facts: PermissionFacts, devOrigin: string | null): boolean {
  return (
    facts.permission === CLIPBOARD_WRITE &&
    facts.webContentsId !== null &&
    facts.webContentsId === facts.trustedWebContentsId &&
    isRendererUrl(facts.requestingUrl, devOrigin)
  );
}
