// Electron's PdfPrinter: a hidden, sandboxed, offscreen window in a private in-memory session, printed with webContents.printToPDF.
// Electron cannot run on the machines this was written on: type-checked only; the web host's Chromium printer is the tested twin.
import { BrowserWindow, session, type Session } from 'electron';
import { AppError } from '../core/errors/AppError';
import { PAGED_READY_ATTRIBUTE, type PdfPrinter, type PrintJob } from '../core/export/pdfPrinter';

const SCHEME = 'afterword-print';
const DOCUMENT_URL = `${SCHEME}://document/`;
/** Not "persist:": the session lives in memory, so nothing of the printed journal reaches the disk cache. */
const PARTITION = 'afterword-print';
/** Same bound as the web printer: past it the window is destroyed, so decrypted pages never outlive a hung export. */
export const PRINT_TIMEOUT_MS = 10 * 60_000;
const POLL_MS = 250;
/** WebRTC may not send anything but through a proxy, and the print session's proxy goes nowhere (see lockDown). */
export const WEBRTC_POLICY = 'disable_non_proxied_udp';

/** Nothing but the document and its data: URLs may load; no permission is ever granted; no proxy leads anywhere. */
async function lockDown(ses: Session): Promise<void> {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  await ses.setProxy({ proxyRules: 'socks5://0.0.0.0:1', proxyBypassRules: '<-loopback>' });
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(details.url === DOCUMENT_URL || details.url.startsWith('data:')) }));
}

/** A data: URL would hit Chromium's 2 MB URL limit (the fonts alone are ~1 MB), so the document is served from memory. */
function serve(ses: Session, html: string): void {
  if (ses.protocol.isProtocolHandled(SCHEME)) ses.protocol.unhandle(SCHEME);
  ses.protocol.handle(SCHEME, () => new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
}

function printWindow(ses: Session, javascript: boolean): BrowserWindow {
  // electronegativity's AUXCLICK check: this window is never shown, so nothing is ever clicked, and guardAllWebContents
  // (security.ts) refuses every new window from any webContents anyway.
  return new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    show: false,
    webPreferences: {
      session: ses,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      offscreen: true,
      // pagedjs lays out the contents page with JavaScript; without a contents page the window runs none.
      javascript,
      spellcheck: false,
      webviewTag: false,
    },
  });
}

async function waitForPagedLayout(window: BrowserWindow): Promise<void> {
  const probe = `document.documentElement.hasAttribute('${PAGED_READY_ATTRIBUTE}')`;
  while (!window.isDestroyed() && !(await window.webContents.executeJavaScript(probe))) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}

const timedOut = (ms: number) =>
  `Making the PDF took longer than ${Math.round(ms / 1000)} seconds, so it was stopped and nothing was saved. Export fewer entries at a time, or without the contents page.`;
const LAYOUT_FAILED = 'The PDF could not be laid out. Try again without the contents page, or export fewer entries at a time.';

/** Loads and prints; a script error on the page (ours are the only ones the CSP lets run) fails at once. */
async function printIn(window: BrowserWindow, job: PrintJob): Promise<Uint8Array> {
  const failed = new Promise<never>((_resolve, reject) => {
    window.webContents.on('console-message', (details: { level?: string }) => {
      if (details.level === 'error') reject(new AppError('INTERNAL', LAYOUT_FAILED));
    });
  });
  failed.catch(() => {});
  await Promise.race([window.loadURL(DOCUMENT_URL), failed]);
  if (job.paged) await Promise.race([waitForPagedLayout(window), failed]);
  const pdf = await window.webContents.printToPDF({ pageSize: job.pageSize, printBackground: true, preferCSSPageSize: true });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

export function createElectronPdfPrinter({ timeoutMs = PRINT_TIMEOUT_MS } = {}): PdfPrinter {
  return {
    async print(job: PrintJob): Promise<Uint8Array> {
      const ses = session.fromPartition(PARTITION, { cache: false });
      await lockDown(ses);
      serve(ses, job.html);
      const window = printWindow(ses, job.paged);
      // WebRTC is the one way out that webRequest does not see; the document also removes it before any other script.
      window.webContents.setWebRTCIPHandlingPolicy(WEBRTC_POLICY);
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new AppError('INTERNAL', timedOut(timeoutMs))), timeoutMs);
      });
      try {
        return await Promise.race([printIn(window, job), deadline]);
      } finally {
        clearTimeout(timer);
        window.destroy();
        ses.protocol.unhandle(SCHEME);
      }
    },
  };
}
