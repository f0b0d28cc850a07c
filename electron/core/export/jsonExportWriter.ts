// export.json written entry by entry into a sealed temporary file: a page of rows at a time, each picture once, never the whole file.
import type { FileOnDisk } from '../../contract';
import type { ExportScope } from '../../contract/exports/schemas';
import { pictureReader } from '../attachments/exportPictures';
import { pictureIdsOf } from '../attachments/documentPictures';
import type { Db } from '../db/openDatabase';
import type { SealedWriter } from '../files/sealedTempFile';
import { jobProgress, type JobProgress, type OnProgress } from '../jobs/jobProgress';
import type { ExportEntry } from './exportEntries';
import { exportEntryPages } from './exportEntryPages';
import { fileNameSpan } from './formatDates';
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION, tableExists } from './jsonFormat';

type Rows = Record<string, string | number | null>[];

/**
 * The file is byte for byte what `JSON.stringify(file, null, 2)` gave when it was built whole (docs/EXPORT-FORMAT.md): each
 * element is stringified alone and indented to its depth, which is safe because a JSON text never holds a raw newline in a string.
 */
const indented = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/** `{`, then `"key": value` properties at depth 1, each array element by element. */
function objectWriter(out: SealedWriter) {
  let first = true;
  const key = (name: string) => {
    out.write(`${first ? '{\n' : ',\n'}  ${JSON.stringify(name)}: `);
    first = false;
  };
  return {
    value(name: string, value: unknown) {
      if (value === undefined) return;
      key(name);
      out.write(indented(value, 1));
    },
    array(name: string, items: Iterable<unknown>) {
      key(name);
      let count = 0;
      for (const item of items) out.write(`${count++ === 0 ? '[\n    ' : ',\n    '}${indented(item, 2)}`);
      out.write(count === 0 ? '[]' : '\n  ]');
    },
    end: () => out.write('\n}\n'),
  };
}

/** Every row of a table as stored, or nothing when this journal's schema has no such table. */
function rowsOf(db: Db, table: string, order: string): Rows | undefined {
  return tableExists(db, table) ? (db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Rows) : undefined;
}

/** The pictures the exported entries use, in the order they first appear, read and encoded one at a time. */
function* pictures(db: Db, ids: Set<string>) {
  const read = pictureReader(db);
  const dimensions = db.prepare('SELECT width, height FROM attachments WHERE id = ?');
  for (const id of ids) {
    const file = read(id);
    const size = dimensions.get(id) as { width: number; height: number } | undefined;
    if (!file || !size) continue;
    yield { id, mimeType: file.mimeType, ...size, data: Buffer.from(file.data).toString('base64') };
  }
}

/** Each entry with `extra` and `doc` last, as the format has always listed them; noting the pictures it uses on the way. */
function* entries(pages: Generator<ExportEntry[]>, pictureIds: Set<string>, progress: JobProgress) {
  for (const page of pages) {
    for (const { extra, doc, ...entry } of page) {
      for (const id of pictureIdsOf(doc)) pictureIds.add(id);
      yield { ...entry, extra, doc };
      progress.add(1);
    }
  }
}

/** Writes the export through `out` (a sealed temporary file); the answer names the file the shell streams out and deletes. */
export function jsonExport(db: Db, scope: ExportScope, now: Date, out: SealedWriter, onProgress: OnProgress = () => {}): FileOnDisk {
  const span = exportEntryPages(db, scope);
  const progress = jobProgress(span.count, onProgress);
  const file = objectWriter(out);
  file.value('format', JSON_EXPORT_FORMAT);
  file.value('version', JSON_EXPORT_VERSION);
  file.value('exportedAt', now.toISOString());
  const pictureIds = new Set<string>();
  file.array('entries', entries(span.pages(), pictureIds, progress));
  // Built-in templates are skipped on import because the app already has them under the same ids.
  file.value('templates', rowsOf(db, 'templates', 'id'));
  // Like templates, commitments belong to the whole journal, so every export carries all of them.
  file.value('commitments', rowsOf(db, 'commitments', 'created_at, id'));
  file.value('commitmentRevisions', rowsOf(db, 'commitment_revisions', 'id'));
  file.value('checkIns', rowsOf(db, 'check_ins', 'commitment_id, date'));
  if (tableExists(db, 'attachments')) file.array('attachments', pictures(db, pictureIds));
  file.end();
  return { fileName: `Afterword ${fileNameSpan(span.first, span.last)}.json`, mimeType: 'application/json', sealed: out.finish() };
}
