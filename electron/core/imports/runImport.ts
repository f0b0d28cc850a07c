// Runs an import: reads every entry (bad ones reported one by one), stores pictures, then adds the good entries in short
// transactions; cancelled, failed or cut off by a lock, everything it added goes again (importLedger.ts).
import type { ImportReport } from '../../contract/exports/schemas';
import type { Db } from '../db/openDatabase';
import { extractDocText } from '../entries/docText';
import { importedTagName } from '../tags/tagRules';
import { addInBatches, stopIfCancelled, turn, undoImport, type ImportControl } from './importBatches';
import { ImportedTags } from './importedTags';
import { ImportLedger } from './importLedger';
import { PictureImporter } from './importPictures';
import { withSafeLinks } from './safeLinks';
import { isFailure, type ImportedEntry, type ImportFailure, type ImportSource } from './importTypes';

export type { ImportControl } from './importBatches';

/** Progress goes out (and other calls, a Cancel among them, get a turn) this often at most, and at least every BATCH entries. */
const BATCH = 50;
const PROGRESS_MS = 100;

function entryAdder(db: Db, ledger: ImportLedger): (entry: ImportedEntry) => boolean {
  const insert = db.prepare(
    `INSERT INTO entries (id, entry_date, created_at, updated_at, title, doc, text, preview, word_count, favorite)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tags = new ImportedTags(db, ledger);
  const exists = db.prepare('SELECT 1 FROM entries WHERE id = ?');
  return (entry) => {
    // Checked again as it is added: the person may have made an entry with this id meanwhile (never, but a restore might).
    if (exists.get(entry.id)) return false;
    const { text, wordCount, preview } = extractDocText(entry.doc);
    const { lastInsertRowid } = insert.run(
      entry.id,
      entry.entryDate,
      entry.createdAt,
      entry.updatedAt,
      entry.title,
      JSON.stringify(entry.doc),
      text,
      preview,
      wordCount,
      entry.favorite ? 1 : 0,
    );
    ledger.entry(lastInsertRowid);
    tags.tag(
      lastInsertRowid,
      entry.tags.map(importedTagName).filter((name): name is string => name !== null),
    );
    return true;
  };
}

async function readEntries(db: Db, source: ImportSource, pictures: PictureImporter, control: ImportControl, report: ImportReport) {
  const exists = db.prepare('SELECT 1 FROM entries WHERE id = ?');
  const seen = new Set<string>();
  const ready: ImportedEntry[] = [];
  let done = 0;
  let reported = Date.now();
  control.onProgress(0, source.total);
  for (const item of source.entries()) {
    if (isFailure(item)) report.failed.push(item);
    else if (seen.has(item.id) || exists.get(item.id)) report.skipped += 1;
    else {
      seen.add(item.id);
      ready.push({ ...item, doc: withSafeLinks(await pictures.resolve(item.doc, item.where, report.failed)) });
    }
    done += 1;
    if (done % BATCH === 0 || Date.now() - reported >= PROGRESS_MS) {
      control.onProgress(Math.min(done, source.total), source.total);
      reported = Date.now();
      await turn();
    }
    stopIfCancelled(control);
  }
  control.onProgress(source.total, source.total);
  return ready;
}

export async function runImport(db: Db, source: ImportSource, control: ImportControl): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, skipped: 0, failed: [] as ImportFailure[], pictures: 0 };
  const ledger = new ImportLedger(db);
  const pictures = new PictureImporter(db, source, control.maxEdge, ledger);
  try {
    const ready = await readEntries(db, source, pictures, control, report);
    stopIfCancelled(control);
    report.imported = await addInBatches(db, ready, ready.length, entryAdder(db, ledger), control);
    report.pictures = pictures.count;
    ledger.settle();
    return report;
  } catch (error) {
    await undoImport(db);
    throw error;
  }
}
