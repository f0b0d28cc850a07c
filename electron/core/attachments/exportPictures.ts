// Pictures for exports: the ones a set of documents uses, read from the journal; documents with pictures inlined for print.
import { attachmentIdOf } from '../../contract/attachments/attachmentRef';
import type { DocNode } from '../../contract/doc';
import type { FileBytes } from '../../contract/files';
import type { Db } from '../db/openDatabase';
import { AttachmentsRepository } from './attachmentsRepository';
import { pictureIdsOf } from './documentPictures';

/** Reads a picture by id, or null when the journal no longer has it. */
export type PictureReader = (id: string) => FileBytes | null;

export function pictureReader(db: Db): PictureReader {
  const repo = new AttachmentsRepository(db);
  return (id) => (repo.has(id) ? repo.get(id) : null);
}

export function pictureIdsOfAll(docs: DocNode[]): string[] {
  return [...new Set(docs.flatMap(pictureIdsOf))];
}

/**
 * The document with each picture as a data: URL the print page can show without any request (its caption under it);
 * an image that is not one of the journal's pictures is left out (never fetched).
 */
export function inlinePictures(doc: DocNode, read: PictureReader): DocNode {
  const content = doc.content?.flatMap((child): DocNode[] => {
    if (child.type !== 'image') return [inlinePictures(child, read)];
    const id = attachmentIdOf(child.attrs?.src);
    const file = id ? read(id) : null;
    if (!file) return [];
    const picture = {
      ...child,
      attrs: { ...child.attrs, src: `data:${file.mimeType};base64,${Buffer.from(file.data).toString('base64')}` },
    };
    // The caption prints under its picture, in italics, as the editor shows it.
    const alt = typeof child.attrs?.alt === 'string' ? child.attrs.alt.trim() : '';
    return alt ? [picture, { type: 'paragraph', content: [{ type: 'text', text: alt, marks: [{ type: 'italic' }] }] }] : [picture];
  });
  return content ? { ...doc, content } : doc;
}
