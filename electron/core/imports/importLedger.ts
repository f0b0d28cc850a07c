// Records what a running import adds, in the same transactions as the rows themselves, and takes it all back when the import
// does not finish (cancelled, failed, the journal locked, the app killed): the journal is then exactly as it was.
import { AttachmentsRepository } from '../attachments/attachmentsRepository';
import { deleteAttachmentsIfUnused } from '../attachments/deleteUnusedAttachments';
import type { PreparedPicture } from '../attachments/preparePicture';
import type { Db } from '../db/openDatabase';

/** Entries removed per transaction when undoing, so a save waiting meanwhile gets in between. */
const UNDO_BATCH = 500;

type Kind = 'tag' | 'attachment' | 'template' | 'commitment';

export class ImportLedger {
  private readonly addEntry;
  private readonly addOther;

  constructor(private readonly db: Db) {
    // Entry rows keep their version: one the person edits before the import ends is theirs, and an undo leaves it.
    this.addEntry = db.prepare(
      `INSERT OR IGNORE INTO import_ledger (kind, key, version) SELECT 'entry', id, version FROM entries WHERE seq = ?`,
    );
    this.addOther = db.prepare('INSERT OR IGNORE INTO import_ledger (kind, key) VALUES (?, ?)');
  }

  entry(seq: number | bigint): void {
    this.addEntry.run(seq);
  }

  added(kind: Kind, key: string | number): void {
    this.addOther.run(kind, String(key));
  }

  /** Stores a picture (deduplicated) and, when it is new, writes it in the ledger in the same transaction; answers its id. */
  storePicture(picture: PreparedPicture, wantedId?: string): { id: string; added: boolean } {
    return this.db.transaction(() => {
      const info = new AttachmentsRepository(this.db).put(picture, new Date(), wantedId);
      if (info.added) this.added('attachment', info.id);
      return info;
    })();
  }

  /** The import finished: what it added is the journal's now. */
  settle(): void {
    this.db.prepare('DELETE FROM import_ledger').run();
  }
}

const keysOf = (db: Db, kind: Kind) => db.prepare('SELECT key FROM import_ledger WHERE kind = ?').pluck().all(kind) as string[];

/** Once the entries are gone: tags, templates, commitments and pictures the import added that nothing else uses now. */
function undoTheRest(db: Db): void {
  db.prepare(
    `DELETE FROM tags WHERE id IN (SELECT CAST(key AS INTEGER) FROM import_ledger WHERE kind = 'tag')
       AND NOT EXISTS (SELECT 1 FROM entry_tags WHERE tag_id = tags.id)`,
  ).run();
  db.prepare(
    `DELETE FROM templates WHERE id IN (SELECT key FROM import_ledger WHERE kind = 'template')
       AND NOT EXISTS (SELECT 1 FROM entries WHERE template_id = templates.id)`,
  ).run();
  // Their revisions and check-ins go with them (ON DELETE CASCADE).
  db.prepare(`DELETE FROM commitments WHERE id IN (SELECT key FROM import_ledger WHERE kind = 'commitment')`).run();
  deleteAttachmentsIfUnused(db, keysOf(db, 'attachment'));
  db.prepare('DELETE FROM import_ledger').run();
}

/** One short transaction of an undo; answers whether more remains. */
export function undoImportStep(db: Db, limit = UNDO_BATCH): boolean {
  return db.transaction(() => {
    const entries = db.prepare(`SELECT key, version FROM import_ledger WHERE kind = 'entry' LIMIT ?`).all(limit) as Array<{
      key: string;
      version: number;
    }>;
    if (entries.length === 0) {
      undoTheRest(db);
      return false;
    }
    const remove = db.prepare('DELETE FROM entries WHERE id = ? AND version = ?');
    const forget = db.prepare(`DELETE FROM import_ledger WHERE kind = 'entry' AND key = ?`);
    for (const { key, version } of entries) {
      remove.run(key, version);
      forget.run(key);
    }
    return true;
  })();
}

/** At unlock: an import the last session never finished (a crash, or a lock before its undo ran) is undone at once. */
export function undoUnfinishedImport(db: Db): void {
  // Nearly always empty: then nothing is written, so opening a journal changes none of its bytes.
  if (!db.prepare('SELECT 1 FROM import_ledger LIMIT 1').get()) return;
  let more = true;
  while (more) more = undoImportStep(db, Number.MAX_SAFE_INTEGER);
}
