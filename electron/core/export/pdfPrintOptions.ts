// The one definition of how a PDF is printed (page size, margins, backgrounds, CSS page size), shared by both printers so they cannot drift.
import type { PageSize } from '../../contract/exports/schemas';

/** Inches per side. Zero because the print stylesheet's @page rule owns the margins; Electron would otherwise add 1 cm (~0.4 in). */
export interface PdfMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PdfPrintOptions {
  pageSize: PageSize;
  margins: PdfMargins;
  printBackground: boolean;
  preferCSSPageSize: boolean;
}

export const PDF_MARGINS: Readonly<PdfMargins> = Object.freeze({ top: 0, right: 0, bottom: 0, left: 0 });

export function pdfPrintOptions(pageSize: PageSize): PdfPrintOptions {
  return { pageSize, margins: { ...PDF_MARGINS }, printBackground: true, preferCSSPageSize: true };
}

/** The same options in Playwright's page.pdf shape (format, CSS-length margins). */
export function playwrightPdfOptions(options: PdfPrintOptions) {
  const inches = (value: number) => `${value}in`;
  const { top, right, bottom, left } = options.margins;
  return {
    format: options.pageSize,
    margin: { top: inches(top), right: inches(right), bottom: inches(bottom), left: inches(left) },
    printBackground: options.printBackground,
    preferCSSPageSize: options.preferCSSPageSize,
  };
}
