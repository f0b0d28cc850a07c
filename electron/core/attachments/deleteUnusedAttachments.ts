// Deletes pictures no entry refers to any more (entries in the Trash count: they can still be restored).
import { ATTACHMENT_PREFIX } from '../../contract/attachments/attachmentRef';
import type { Db } from '../db/openDatabase';
import { pictureIdsOf } from './documentPictures';

function usedPictureIds(db: Db): Set<string> {
  const used = new Set<string>();
  // Only documents that mention an attachment are parsed, so this stays quick at 50,000 entries.
  const docs = db.prepare('SELECT doc FROM entries WHERE instr(doc, ?) > 0').pluck().iterate(ATTACHMENT_PREFIX) as IterableIterator<string>;
  for (const doc of docs) for (const id of pictureIdsOf(JSON.parse(doc))) used.add(id);
  return used;
}

/** Of the given pictures, deletes those no entry uses; answers how many went. */
export function deleteAttachmentsIfUnused(db: Db, ids: readonly string[]): number {
  if (ids.length === 0) return 0;
  return db.transaction(() => {
    const used = usedPictureIds(db);
    const remove = db.prepare('DELETE FROM attachments WHERE id = ?');
    return ids.filter((id) => !used.has(id)).reduce((removed, id) => removed + remove.run(id).changes, 0);
  })();
}

/** A picture added this recently may sit in an editor whose save has not happened yet: it is kept until a later sweep. */
const GRACE_MS = 60 * 60 * 1000;

/** Call after an entry is deleted for good: every picture no entry uses goes too. Answers how many. */
export function deleteUnusedAttachments(db: Db, now = new Date()): number {
  const before = new Date(now.getTime() - GRACE_MS).toISOString();
  return deleteAttachmentsIfUnused(db, db.prepare('SELECT id FROM attachments WHERE created_at < ?').pluck().all(before) as string[]);
}
