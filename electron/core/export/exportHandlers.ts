// Contract handlers for export.*; PDF printing goes through the PdfPrinter the shell injected, JSON and Markdown are made in a
// job worker.
import { inlinePictures, pictureReader } from '../attachments/exportPictures';
import type { HandlerMap } from '../dispatch/handler';
import type { exportsMethodNames } from '../../contract/exports/names';

import { AppError } from '../errors/AppError';
import { runFileJob } from '../jobs/runFileJob';
import { shownTitle } from './entryArticle';
import { dateSpan, loadExportEntries, withTemplateNames, type ExportEntry } from './exportEntries';
import { fileNameSpan } from './formatDates';
import { buildPdfDocument } from './pdfDocument';
import type { PdfPrinter } from './pdfPrinter';

/** "My journal 2026-03-03 to 2026-05-05.pdf"; one entry is named after itself: "2026-03-03 The facts.pdf". */
function pdfFileName(entries: ExportEntry[], title: string): string {
  const only = entries.length === 1 ? entries[0]! : null;
  const { first, last } = dateSpan(entries);
  const stem = only ? `${only.entryDate} ${shownTitle(only).slice(0, 80)}` : `${title} ${fileNameSpan(first, last)}`;
  return `${stem
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()}.pdf`;
}

/** import.* are core/imports' handlers. */
type ImportMethod = 'import.json' | 'import.dayOne' | 'import.markdown' | 'import.cancel';

export interface ExportDependencies {
  /** Absent where no Chromium is available to print with. */
  printer?: PdfPrinter;
  now?: () => Date;
}

export function exportHandlers({
  printer,
  now = () => new Date(),
}: ExportDependencies): HandlerMap<Exclude<(typeof exportsMethodNames)[number], ImportMethod>> {
  return {
    'export.pdf': async ({ scope, options }, { vault }) => {
      if (!printer) throw new AppError('UNSUPPORTED', 'PDF export is not available in this build. Export as Markdown or JSON instead.');
      const db = vault.database();
      const read = pictureReader(db);
      const entries = withTemplateNames(db, loadExportEntries(db, scope)).map((entry) => ({
        ...entry,
        doc: inlinePictures(entry.doc, read),
      }));
      const { html, paged } = buildPdfDocument(entries, options);
      const data = await printer.print({ html, pageSize: options.pageSize, paged });
      return { fileName: pdfFileName(entries, options.title), mimeType: 'application/pdf', data };
    },
    // In a job worker on a connection of its own (jobs/exportJob.ts): saves keep answering while the file is made.
    'export.markdown': ({ scope }, context) =>
      runFileJob(context, 'export.markdown', (base) => ({
        kind: 'export-file',
        ...base,
        format: 'markdown',
        scope,
        now: now().toISOString(),
      })),
    'export.json': ({ scope }, context) =>
      runFileJob(context, 'export.json', (base) => ({ kind: 'export-file', ...base, format: 'json', scope, now: now().toISOString() })),
    'export.cancel': (input, { jobs }) => ({ cancelled: jobs.cancel(input?.job) }),
  };
}
