// Pictures in a JSON import: each decoded, re-encoded and stored under its exported id one at a time, before the entries.
import { attachmentIdOf, attachmentSrc } from '../../contract/attachments/attachmentRef';
import type { DocNode } from '../../contract/doc';
import { AttachmentsRepository } from '../attachments/attachmentsRepository';
import { preparePicture } from '../attachments/preparePicture';
import type { Db } from '../db/openDatabase';
import type { ImportLedger } from '../imports/importLedger';
import { notAnExport } from './jsonImportCheck';

export interface StoredPictures {
  /** Exported id → the id of the same picture already in this journal. */
  renamed: Map<string, string>;
}

/**
 * Stores each picture under its exported id, holding one at a time (a file full of photos never sits in memory decoded). A
 * picture already here (same content) keeps its id, and the imported documents are pointed at it, so it is still stored once.
 * Every picture must be readable, as before; each one stored is in the import's ledger, to go again if the import does not finish.
 */
export async function storePictures(
  db: Db,
  attachments: Iterable<unknown>,
  maxEdge: number,
  ledger: ImportLedger,
  between: () => void,
): Promise<StoredPictures> {
  const repo = new AttachmentsRepository(db);
  const stored: StoredPictures = { renamed: new Map() };
  let index = 0;
  for (const element of attachments) {
    const { id, data } = element as { id: string; data: string };
    const picture = await preparePicture(Buffer.from(data, 'base64'), maxEdge).catch(() => {
      throw notAnExport(`attachments.${index}: not a readable picture`);
    });
    between();
    if (!repo.has(id)) {
      const info = ledger.storePicture(picture, id);
      if (info.id !== id) stored.renamed.set(id, info.id);
    }
    index += 1;
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
