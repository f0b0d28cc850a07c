// The entries an export covers, a page at a time in export order, so a large export never holds every document at once.
import type { ExportScope } from '../../contract/exports/schemas';
import type { Db } from '../db/openDatabase';
import { checkScopeCount, EXPORT_ORDER, scopeFilter, toExportEntries, type ExportEntry, type ExportRow } from './exportEntries';

/**
 * Rows per page: about a MiB of documents at the journal's typical entry size. A page's parsed documents live until the next page,
 * so this sets the job worker's heap: at 10,000 entries, pages of 500 grew it to ~200 MiB (with more time in GC), of 100 to ~75 MiB.
 */
export const EXPORT_PAGE_SIZE = 100;

export interface ExportPages {
  count: number;
  first: string;
  last: string;
  pages(): Generator<ExportEntry[]>;
}

/**
 * Pages follow the export order by key (the last row's date, creation time and id), not by OFFSET, so each page costs the
 * same however deep it is. Each page is read whole before it is handed out: nothing holds the connection between pages.
 */
export function exportEntryPages(db: Db, scope: ExportScope, pageSize = EXPORT_PAGE_SIZE): ExportPages {
  const { where, params } = scopeFilter(scope);
  const span = db
    .prepare(`SELECT count(*) AS count, min(entry_date) AS first, max(entry_date) AS last FROM entries WHERE ${where}`)
    .get(...params) as { count: number; first: string; last: string };
  checkScopeCount(scope, span.count);
  const firstPage = db.prepare(`SELECT * FROM entries WHERE ${where} ${EXPORT_ORDER} LIMIT ?`);
  const nextPage = db.prepare(`SELECT * FROM entries WHERE ${where} AND (entry_date, created_at, id) > (?, ?, ?) ${EXPORT_ORDER} LIMIT ?`);
  return {
    ...span,
    *pages() {
      let rows = firstPage.all(...params, pageSize) as ExportRow[];
      while (rows.length > 0) {
        yield toExportEntries(db, rows);
        if (rows.length < pageSize) return;
        const last = rows[rows.length - 1]!;
        rows = nextPage.all(...params, last.entry_date, last.created_at, last.id, pageSize) as ExportRow[];
      }
    },
  };
}
