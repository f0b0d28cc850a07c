// The browser host's PdfPrinter: a headless, offline Chromium (playwright-core) per export, closed when the PDF is made.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AppError } from '../core/errors/AppError';
import { NO_WEBRTC_SCRIPT, PAGED_READY_ATTRIBUTE, type PdfPrinter, type PrintJob } from '../core/export/pdfPrinter';
import { pdfPrintOptions, playwrightPdfOptions } from '../core/export/pdfPrintOptions';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * No network features, no profile state worth keeping, and WebRTC kept off the network: a peer connection is the one way out
 * that neither the page's CSP nor request routing sees. The proxy is a dead end, so even "proxied" WebRTC has nowhere to go.
 */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--enforce-webrtc-ip-permission-check',
  '--proxy-server=socks5://0.0.0.0:1',
  '--proxy-bypass-list=<-loopback>',
];

/** A thousand-entry book takes about a minute on a small machine; anything past this is hung and is stopped. */
export const PRINT_TIMEOUT_MS = 10 * 60_000;
const LAYOUT_FAILED = 'The PDF could not be laid out. Try again without the contents page, or export fewer entries at a time.';
const timedOut = (ms: number) =>
  `Making the PDF took longer than ${Math.round(ms / 1000)} seconds, so it was stopped and nothing was saved. Export fewer entries at a time, or without the contents page.`;

export interface ChromiumPrinterOptions {
  executablePath?: string;
  /** Whole-print limit (launch to PDF); the browser is closed when it passes. */
  timeoutMs?: number;
}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** Chromium refuses to start its sandbox as root; only then does it run without, and the host says so at start. */
export function sandboxAvailable(uid: number | undefined = process.getuid?.()): boolean {
  return uid !== 0;
}

export const NO_SANDBOX_NOTE =
  'The PDF printer runs Chromium without its sandbox because this host runs as root (Chromium refuses the sandbox for root). Run as an ordinary user to keep it.';

async function launch(executablePath: string): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new AppError(
      'UNSUPPORTED',
      `PDF export needs Chromium, and none was found at ${executablePath}. Install Chromium or set CHROMIUM_PATH to its program file, then export again.`,
    );
  }
  // Loaded on the first PDF, not at start: requiring playwright-core costs the host ~0.3 s before its ready line.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, chromiumSandbox: sandboxAvailable() });
}

/** Rejects on the first script error; attached before the document exists, so nothing the page does is missed. */
function firstPageError(page: Page): Promise<never> {
  const failed = new Promise<never>((_resolve, reject) => page.once('pageerror', () => reject(new AppError('INTERNAL', LAYOUT_FAILED))));
  failed.catch(() => {});
  return failed;
}

async function printIn(browser: Browser, job: PrintJob): Promise<Uint8Array> {
  // Without a contents page the document needs no script at all, so none can run.
  const context = await browser.newContext({
    offline: true,
    acceptDownloads: false,
    serviceWorkers: 'block',
    javaScriptEnabled: job.paged,
  });
  // Runs before any script of the page, in every frame: WebRTC is gone before the document's first instruction.
  await context.addInitScript(NO_WEBRTC_SCRIPT);
  // Belt and braces beside the document's CSP: nothing but the document itself and its data: URLs may load.
  await context.route('**/*', (route) =>
    /^(data|about):/.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  // The whole print has one deadline (createChromiumPdfPrinter); no step has a shorter one of its own.
  page.setDefaultTimeout(0);
  const failed = firstPageError(page);
  await Promise.race([page.setContent(job.html, { waitUntil: 'load' }), failed]);
  if (job.paged) await Promise.race([page.waitForSelector(`html[${PAGED_READY_ATTRIBUTE}]`, { state: 'attached' }), failed]);
  // A string, not a function: this file is type-checked without the DOM library.
  await Promise.race([page.evaluate('document.fonts.ready.then(() => true)'), failed]);
  // The options shared with Electron's printer (core/export/pdfPrintOptions.ts), so both make the same pages.
  const pdf = await page.pdf(playwrightPdfOptions(pdfPrintOptions(job.pageSize)));
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

export function createChromiumPdfPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  return {
    async print(job) {
      const browser = await launch(options.executablePath ?? chromiumPath());
      let timer: NodeJS.Timeout | undefined;
      // Closing the browser is what ends a hung print: the decrypted pages must not outlive the export.
      const deadline = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new AppError('INTERNAL', timedOut(timeoutMs))), timeoutMs);
      });
      try {
        return await Promise.race([printIn(browser, job), deadline]);
      } finally {
        clearTimeout(timer);
        await browser.close();
      }
    },
  };
}
