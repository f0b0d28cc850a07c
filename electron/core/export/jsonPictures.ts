// Pictures in a JSON import: decoded and re-encoded first, then stored under their exported ids inside the import's transaction.
import { attachmentIdOf, attachmentSrc } from '../../contract/attachments/attachmentRef';
import type { DocNode } from '../../contract/doc';
import { AttachmentsRepository } from '../attachments/attachmentsRepository';
import { preparePicture, type PreparedPicture } from '../attachments/preparePicture';
import type { Db } from '../db/openDatabase';
import { AppError } from '../errors/AppError';

export interface IncomingPicture {
  id: string;
  picture: PreparedPicture;
}

export async function preparePictures(attachments: Array<{ id: string; data: string }>, maxEdge: number): Promise<IncomingPicture[]> {
  const prepared: IncomingPicture[] = [];
  for (const [index, attachment] of attachments.entries()) {
    try {
      prepared.push({ id: attachment.id, picture: await preparePicture(Buffer.from(attachment.data, 'base64'), maxEdge) });
    } catch {
      throw new AppError(
        'INVALID_INPUT',
        `This file is not an Afterword JSON export that can be imported (attachments.${index}: not a readable picture). Nothing was imported.`,
      );
    }
  }
  return prepared;
}

function renameSources(node: unknown, renamed: Map<string, string>): void {
  const doc = node as DocNode;
  if (doc?.type === 'image' && doc.attrs) {
    const id = attachmentIdOf(doc.attrs.src);
    const to = id ? renamed.get(id) : undefined;
    if (to) doc.attrs.src = attachmentSrc(to);
  }
  for (const child of doc?.content ?? []) renameSources(child, renamed);
}

/**
 * Stores each picture under its exported id. A picture already here (same content) keeps its id, and the imported
 * documents are pointed at it, so the same picture is still stored once.
 */
export function storePictures(db: Db, pictures: IncomingPicture[], rawDocs: unknown[]): void {
  if (pictures.length === 0) return;
  const repo = new AttachmentsRepository(db);
  const renamed = new Map<string, string>();
  for (const { id, picture } of pictures) {
    if (repo.has(id)) continue;
    const stored = repo.put(picture, new Date(), id);
    if (stored.id !== id) renamed.set(id, stored.id);
  }
  if (renamed.size > 0) rawDocs.forEach((doc) => renameSources(doc, renamed));
}
