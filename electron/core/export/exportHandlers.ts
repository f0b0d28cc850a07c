// Contract handlers for export.* and import.json; PDF printing goes through the PdfPrinter the shell injected.
import type { HandlerMap } from '../dispatch/handler';
import type { exportsMethodNames } from '../../contract/exports/names';
import { AppError } from '../errors/AppError';
import { dateSpan, loadExportEntries } from './exportEntries';
import { fileNameSpan } from './formatDates';
import { importJson } from './jsonImport';
import { jsonExport } from './jsonFormat';
import { markdownExport } from './markdownExport';
import { buildPdfDocument } from './pdfDocument';
import type { PdfPrinter } from './pdfPrinter';

export interface ExportDependencies {
  /** Absent where no Chromium is available to print with. */
  printer?: PdfPrinter;
  now?: () => Date;
}

export function exportHandlers({ printer, now = () => new Date() }: ExportDependencies): HandlerMap<(typeof exportsMethodNames)[number]> {
  return {
    'export.pdf': async ({ scope, options }, { vault }) => {
      if (!printer) throw new AppError('UNSUPPORTED', 'PDF export is not available in this build. Export as Markdown or JSON instead.');
      const entries = loadExportEntries(vault.database(), scope);
      const { html, paged } = buildPdfDocument(entries, options);
      const data = await printer.print({ html, pageSize: options.pageSize, paged });
      const { first, last } = dateSpan(entries);
      return { fileName: `${options.title} ${fileNameSpan(first, last)}.pdf`.replace(/[\\/:*?"<>|]/g, ' '), mimeType: 'application/pdf', data };
    },
    'export.markdown': ({ scope }, { vault }) => markdownExport(loadExportEntries(vault.database(), scope), now()),
    'export.json': ({ scope }, { vault }) => {
      const db = vault.database();
      return jsonExport(db, loadExportEntries(db, scope), now());
    },
    'import.json': ({ file }, { vault }) => importJson(vault.database(), file),
  };
}
