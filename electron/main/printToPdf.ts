// Electron's PdfPrinter: a hidden (show: false), sandboxed window in a private in-memory session, printed with webContents.printToPDF.
// Electron cannot run on the machines this was written on: type-checked only; the web host's Chromium printer is the tested twin.
import { BrowserWindow, session, type Session } from 'electron';
import { AppError } from '../core/errors/AppError';
import { PAGED_READY_ATTRIBUTE, type PdfPrinter, type PrintJob } from '../core/export/pdfPrinter';
import { pdfPrintOptions } from '../core/export/pdfPrintOptions';

const SCHEME = 'afterword-print';
const DOCUMENT_URL = `${SCHEME}://document/`;
/** Not "persist:": the session lives in memory, so nothing of the printed journal reaches the disk cache. */
const PARTITION = 'afterword-print';
/** Same bound as the web printer: past it the window is destroyed, so decrypted pages never outlive a hung export. */
export const PRINT_TIMEOUT_MS = 10 * 60_000;
/** WebRTC may not send anything but through a proxy, and the print session's proxy goes nowhere (see lockDown). */
export const WEBRTC_POLICY = 'disable_non_proxied_udp';

/** Nothing but the document and its data: URLs may load; no permission is ever granted; no proxy leads anywhere. */
async function lockDown(ses: Session): Promise<void> {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  await ses.setProxy({ proxyRules: 'socks5://0.0.0.0:1', proxyBypassRules: '<-loopback>' });
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !(details.url === DOCUMENT_URL || details.url.startsWith('data:')) }),
  );
}

/** A data: URL would hit Chromium's 2 MB URL limit (the fonts alone are ~1 MB), so the document is served from memory. */
function serve(ses: Session, html: string): void {
  if (ses.protocol.isProtocolHandled(SCHEME)) ses.protocol.unhandle(SCHEME);
  ses.protocol.handle(SCHEME, () => new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
}

function printWindow(ses: Session, javascript: boolean): BrowserWindow {
  // electronegativity's AUXCLICK check: this window is never shown, so nothing is ever clicked, and guardAllWebContents
  // (security.ts) refuses every new window from any webContents anyway.
  // electronegativity reads eng-disable only on the line the window is made, where Prettier would not leave it.
  // prettier-ignore
  return new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    show: false,
    webPreferences: {
      session: ses,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      // No `offscreen`: offscreen rendering paints through a different path, where pagedjs's requestAnimationFrame work has not
      // been shown to run. A plain hidden window is what Electron's own printToPDF tests print (spec/api-web-contents-spec.ts).
      // pagedjs lays out the contents page with JavaScript; without a contents page the window runs none.
      javascript,
      spellcheck: false,
      webviewTag: false,
    },
  });
}

/**
 * Resolves once pagedjs has marked <html> and every font has loaded (as the web printer waits), without polling: one call that
 * watches the attribute. executeJavaScript resolves with the promise's value (web-contents.md, `contents.executeJavaScript`).
 */
export const PAGED_AND_FONTS_READY = `new Promise((resolve) => {
  const html = document.documentElement;
  const done = () => document.fonts.ready.then(() => resolve(true));
  if (html.hasAttribute('${PAGED_READY_ATTRIBUTE}')) return done();
  new MutationObserver((_records, observer) => {
    if (!html.hasAttribute('${PAGED_READY_ATTRIBUTE}')) return;
    observer.disconnect();
    done();
  }).observe(html, { attributes: true, attributeFilter: ['${PAGED_READY_ATTRIBUTE}'] });
})`;

const timedOut = (ms: number) =>
  `Making the PDF took longer than ${Math.round(ms / 1000)} seconds, so it was stopped and nothing was saved. Export fewer entries at a time, or without the contents page.`;
const LAYOUT_FAILED = 'The PDF could not be laid out. Try again without the contents page, or export fewer entries at a time.';

const RENDERER_GONE = (reason: string) =>
  `The PDF could not be made because the page printing it stopped (${reason}), so nothing was saved. Try again, or export fewer entries at a time.`;

/**
 * Fails at once, never by waiting out the deadline: the print page's renderer dying (web-contents.md, Event 'render-process-gone',
 * details.reason), or a script error on the page (Event 'console-message', level 'error'; ours are the only scripts the CSP lets run).
 */
function firstFailure(window: BrowserWindow): Promise<never> {
  const failed = new Promise<never>((_resolve, reject) => {
    window.webContents.on('render-process-gone', (_event: unknown, details: { reason: string }) =>
      reject(new AppError('INTERNAL', RENDERER_GONE(details.reason))),
    );
    window.webContents.on('console-message', (details: { level?: string }) => {
      if (details.level === 'error') reject(new AppError('INTERNAL', LAYOUT_FAILED));
    });
  });
  failed.catch(() => {});
  return failed;
}

async function printIn(window: BrowserWindow, job: PrintJob): Promise<Uint8Array> {
  const failed = firstFailure(window);
  // `failed` first in each race: once it has failed, no step that has also settled may win and carry on printing.
  await Promise.race([failed, window.loadURL(DOCUMENT_URL)]);
  // Without a contents page the window runs no script (javascript: false), so there is nothing to ask; its fonts are data: URLs.
  if (job.paged) await Promise.race([failed, window.webContents.executeJavaScript(PAGED_AND_FONTS_READY)]);
  // The options shared with the web printer (core/export/pdfPrintOptions.ts). `margins` is given in full because its default is
  // 1 cm (~0.4 in) per side (structures/print-to-pdf-margins.md), where the web printer's is 0.
  const pdf = await Promise.race([failed, window.webContents.printToPDF(pdfPrintOptions(job.pageSize))]);
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
