// Stores an imported entry's pictures one at a time (re-encoded, deduplicated) and points its image nodes at them.
import { attachmentSrc } from '../../contract/attachments/attachmentRef';
import type { DocNode } from '../../contract/doc';
import { preparePicture } from '../attachments/preparePicture';
import type { Db } from '../db/openDatabase';
import type { ImportLedger } from './importLedger';
import { PENDING_PICTURE, type ImportFailure, type ImportSource } from './importTypes';

export class PictureImporter {
  /** Attachment id by source key; null when the source lacks the picture or it could not be read. */
  private readonly stored = new Map<string, string | null>();

  constructor(
    private readonly db: Db,
    private readonly source: ImportSource,
    private readonly maxEdge: number,
    /** Pictures this import adds are written there, to go again if it is cancelled or fails. */
    private readonly ledger: ImportLedger,
  ) {}

  /** Distinct pictures stored (two files with the same content are one picture). */
  get count(): number {
    return new Set([...this.stored.values()].filter(Boolean)).size;
  }

  private async store(key: string, where: string, failed: ImportFailure[]): Promise<string | null> {
    if (this.stored.has(key)) return this.stored.get(key)!;
    const found = this.source.picture(key);
    let id: string | null = null;
    if (!found) failed.push({ where, reason: `The picture ${key} is not in the export; the entry was imported without it.` });
    else {
      try {
        const prepared = await preparePicture(found.bytes, this.maxEdge);
        id = this.ledger.storePicture(prepared).id;
      } catch (error) {
        failed.push({
          where,
          reason: `The picture ${found.name} could not be read (${(error as Error).message}); the entry was imported without it.`,
        });
      }
    }
    this.stored.set(key, id);
    return id;
  }

  /** The document with each pending picture stored, or replaced by a short note naming it when it cannot be. */
  async resolve(doc: DocNode, where: string, failed: ImportFailure[]): Promise<DocNode> {
    const src = doc.type === 'image' ? String(doc.attrs?.src ?? '') : '';
    if (src.startsWith(PENDING_PICTURE)) {
      const key = src.slice(PENDING_PICTURE.length);
      const id = await this.store(key, where, failed);
      if (id) return { ...doc, attrs: { ...doc.attrs, src: attachmentSrc(id) } };
      return { type: 'paragraph', content: [{ type: 'text', text: `[Picture not imported: ${key}]`, marks: [{ type: 'italic' }] }] };
    }
    if (!doc.content) return doc;
    const content: DocNode[] = [];
    for (const child of doc.content) content.push(await this.resolve(child, where, failed));
    return { ...doc, content };
  }
}
