// The port through which core prints HTML to PDF; each shell injects an implementation (Chromium via playwright-core, or Electron's
// printToPDF). What both sides need is here, not in pdfDocument.ts, so the browser host starts without loading the exporters.
import type { PageSize } from '../../contract/exports/schemas';

/** Set on <html> by pagedjs's `after` hook; the printer waits for it before printing the laid-out pages. */
export const PAGED_READY_ATTRIBUTE = 'data-afterword-paged';

/**
 * The first script on the page takes WebRTC away before anything else can run: a peer connection is the one way out that
 * neither the CSP nor request blocking sees. The printers turn WebRTC off as well (chromiumPdfPrinter.ts, printToPdf.ts).
 */
export const NO_WEBRTC_SCRIPT = `(function () {
  ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'RTCSessionDescription', 'RTCIceCandidate'].forEach(function (name) {
    try { Object.defineProperty(window, name, { value: undefined, writable: false, configurable: false }); } catch (e) {}
  });
})();`;

export interface PrintJob {
  /** A complete, self-contained document: fonts and images as data: URLs, nothing to fetch. */
  html: string;
  pageSize: PageSize;
  /**
   * The document lays itself out with pagedjs: run its scripts and wait until <html> carries PAGED_READY_ATTRIBUTE
   * before printing. When false, the printer may (and should) run no page JavaScript.
   */
  paged: boolean;
}

export interface PdfPrinter {
  print(job: PrintJob): Promise<Uint8Array>;
}
