// The browser host's PdfPrinter: a headless, offline Chromium (playwright-core) per export, closed when the PDF is made.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { AppError } from '../core/errors/AppError';
import { PAGED_READY_ATTRIBUTE, type PdfPrinter, type PrintJob } from '../core/export/pdfPrinter';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The same hardening the E2E tests use; no network features, no profile state worth keeping. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A thousand-entry journal laid out by pagedjs takes a while on a small machine; a hung layout must still end. */
const LAYOUT_TIMEOUT_MS = 15 * 60_000;
const LAYOUT_FAILED = 'The PDF could not be laid out. Try again without the contents page, or export fewer entries at a time.';

export interface ChromiumPrinterOptions {
  executablePath?: string;
}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

async function launch(executablePath: string): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new AppError(
      'UNSUPPORTED',
      `PDF export needs Chromium, and none was found at ${executablePath}. Install Chromium or set CHROMIUM_PATH to its program file, then export again.`,
    );
  }
  // Loaded on the first PDF, not at start: requiring playwright-core costs the host ~0.3 s before its ready line.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

async function printIn(browser: Browser, job: PrintJob): Promise<Uint8Array> {
  const context = await browser.newContext({ offline: true, acceptDownloads: false, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(LAYOUT_TIMEOUT_MS);
  // Belt and braces beside the document's CSP: nothing but the document itself and its data: URLs may load.
  await context.route('**/*', (route) => (/^(data|about):/.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  await page.setContent(job.html, { waitUntil: 'load' });
  if (job.paged) {
    // A script error means pagedjs will never finish: fail now rather than after the layout timeout.
    const failed = new Promise<never>((_resolve, reject) => page.once('pageerror', () => reject(new AppError('INTERNAL', LAYOUT_FAILED))));
    failed.catch(() => {});
    await Promise.race([page.waitForSelector(`html[${PAGED_READY_ATTRIBUTE}]`, { state: 'attached' }), failed]);
  }
  // A string, not a function: this file is type-checked without the DOM library.
  await page.evaluate('document.fonts.ready.then(() => true)');
  const pdf = await page.pdf({ format: job.pageSize, preferCSSPageSize: true, printBackground: true });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

export function createChromiumPdfPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  return {
    async print(job) {
      const browser = await launch(options.executablePath ?? chromiumPath());
      try {
        return await printIn(browser, job);
      } finally {
        await browser.close();
      }
    },
  };
}
