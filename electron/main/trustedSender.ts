// Whether an IPC call may reach the journal: only the top frame of our own window, showing our own renderer.
import { isRendererUrl } from './rendererOrigin';

export interface SenderFacts {
  /** URL of the frame that sent the message; null when the frame is gone or navigated away. */
  frameUrl: string | null;
  isTopFrame: boolean;
  senderWebContentsId: number;
  /** The main window's webContents id, or null when there is no window. */
  trustedWebContentsId: number | null;
}

export function isTrustedSender(facts: SenderFacts, devOrigin: string | null): boolean {
  return (
    facts.trustedWebContentsId !== null &&
    facts.senderWebContentsId === facts.trustedWebContentsId &&
    facts.isTopFrame &&
    facts.frameUrl !== null &&
    isRendererUrl(facts.frameUrl, devOrigin)
  );
}
