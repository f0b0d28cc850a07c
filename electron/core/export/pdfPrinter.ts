// The port through which core prints HTML to PDF; each shell injects an implementation (Chromium via playwright-core, or Electron's printToPDF).
import type { PageSize } from '../../contract/exports/schemas';

export { PAGED_READY_ATTRIBUTE } from './pdfDocument';

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
