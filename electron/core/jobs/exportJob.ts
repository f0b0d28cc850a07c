// export.json and export.markdown as jobs: on a read-only connection of their own, in one read transaction (the file is one
// moment of the journal however long it takes, while saves go on), into the sealed temporary file the journal's thread opened.
import type { ExportScope } from '../../contract/exports/schemas';
import { openEncryptedDatabase } from '../db/openDatabase';
import { jsonExport } from '../export/jsonExportWriter';
import { markdownExport } from '../export/markdownExport';
import { createSealedWriter } from '../files/sealedTempFile';
import { fileJob, type FileJobBase, type FileJobResult } from './fileJob';
import type { OnProgress } from './jobProgress';

export interface ExportJob extends FileJobBase {
  format: 'json' | 'markdown';
  scope: ExportScope;
  /** The journal's clock, ISO: the export's date and the zip's file times. */
  now: string;
}

export function runExportJob(job: ExportJob, onProgress: OnProgress): FileJobResult {
  return fileJob(job.dataKey, (key) => {
    const db = openEncryptedDatabase(job.databasePath, key, { nativeBinding: job.nativeBinding, readonly: true });
    key.fill(0);
    try {
      const write = job.format === 'json' ? jsonExport : markdownExport;
      return db.transaction(() => write(db, job.scope, new Date(job.now), createSealedWriter(job.target), onProgress))();
    } finally {
      db.close();
    }
  });
}
