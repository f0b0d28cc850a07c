// Pictures in a JSON import: each decoded, re-encoded and stored under its exported id one at a time, before the entries' transaction.
import { attachmentIdOf, attachmentSrc } from '../../contract/attachments/attachmentRef';
import type { DocNode } from '../../contract/doc';
import { AttachmentsRepository } from '../attachments/attachmentsRepository';
import { deleteAttachmentsIfUnused } from '../attachments/deleteUnusedAttachments';
import { preparePicture } from '../attachments/preparePicture';
import type { Db } from '../db/openDatabase';
import { notAnExport } from './jsonImportCheck';

export interface StoredPictures {
  /** Exported id → the id of the same picture already in this journal. */
  renamed: Map<string, string>;
  /** Pictures this import added: removed again if the import fails after them. */
  added: string[];
}

/**
 * Stores each picture under its exported id, holding one at a time (a file full of photos never sits in memory decoded). A
 * picture already here (same content) keeps its id, and the imported documents are pointed at it, so it is still stored once.
 * Every picture must be readable, as before; if one is not, the ones this import stored go again.
 */
export async function storePictures(db: Db, attachments: Iterable<unknown>, maxEdge: number): Promise<StoredPictures> {
  const repo = new AttachmentsRepository(db);
  const stored: StoredPictures = { renamed: new Map(), added: [] };
  let index = 0;
  try {
    for (const element of attachments) {
      const { id, data } = element as { id: string; data: string };
      const picture = await preparePicture(Buffer.from(data, 'base64'), maxEdge).catch(() => {
        throw notAnExport(`attachments.${index}: not a readable picture`);
      });
      if (!repo.has(id)) {
        const info = repo.put(picture, new Date(), id);
        if (info.added) stored.added.push(info.id);
        if (info.id !== id) stored.renamed.set(id, info.id);
      }
      index += 1;
    }
  } catch (error) {
    deleteAttachmentsIfUnused(db, stored.added);
    throw error;
  }
  return stored;
}

/** Points a document's pictures at the ids they are stored under in this journal. */
export function renameSources(node: unknown, renamed: Map<string, string>): void {
  const doc = node as DocNode;
  if (doc?.type === 'image' && doc.attrs) {
    const id = attachmentIdOf(doc.attrs.src);
    const to = id ? renamed.get(id) : undefined;
    if (to) doc.attrs.src = attachmentSrc(to);
  }
  for (const child of doc?.content ?? []) renameSources(child, renamed);
}
