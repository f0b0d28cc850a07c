// Electron's PdfPrinter: a hidden, sandboxed, offscreen window in a private in-memory session, printed with webContents.printToPDF.
// Electron cannot run on the machines this was written on: type-checked only; the web host's Chromium printer is the tested twin.
import { BrowserWindow, session, type Session } from 'electron';
import { PAGED_READY_ATTRIBUTE, type PdfPrinter, type PrintJob } from '../core/export/pdfPrinter';

const SCHEME = 'afterword-print';
const DOCUMENT_URL = `${SCHEME}://document/`;
/** Not "persist:": the session lives in memory, so nothing of the printed journal reaches the disk cache. */
const PARTITION = 'afterword-print';
const LAYOUT_TIMEOUT_MS = 15 * 60_000;
const POLL_MS = 250;

/** Nothing but the document and its data: URLs may load; no permission is ever granted. */
function lockDown(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
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
  const deadline = Date.now() + LAYOUT_TIMEOUT_MS;
  const probe = `document.documentElement.hasAttribute('${PAGED_READY_ATTRIBUTE}')`;
  while (!(await window.webContents.executeJavaScript(probe))) {
    if (Date.now() > deadline) throw new Error('pagedjs did not finish laying out the document');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export function createElectronPdfPrinter(): PdfPrinter {
  return {
    async print(job: PrintJob): Promise<Uint8Array> {
      const ses = session.fromPartition(PARTITION, { cache: false });
      lockDown(ses);
      serve(ses, job.html);
      const window = printWindow(ses, job.paged);
      try {
        await window.loadURL(DOCUMENT_URL);
        if (job.paged) await waitForPagedLayout(window);
        const pdf = await window.webContents.printToPDF({ pageSize: job.pageSize, printBackground: true, preferCSSPageSize: true });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        window.destroy();
        ses.protocol.unhandle(SCHEME);
      }
    },
  };
}
