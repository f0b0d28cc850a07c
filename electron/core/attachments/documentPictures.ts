// The pictures a document refers to, and the rule that a saved document refers to no picture outside the journal.
import { attachmentIdOf } from '../../contract/attachments/attachmentRef';
import type { DocNode } from '../../contract/doc';
import { AppError } from '../errors/AppError';

/** Every image node's src, depth first. */
function* imageSources(node: DocNode): Generator<unknown> {
  if (node.type === 'image') yield node.attrs?.src;
  for (const child of node.content ?? []) yield* imageSources(child);
}

export function pictureIdsOf(doc: DocNode): string[] {
  return [...imageSources(doc)].map(attachmentIdOf).filter((id): id is string => id !== null);
}

/** Refuses a document whose image points anywhere but an attachment (http:, https:, file:, data:): nothing outside the journal is ever fetched. */
export function assertOnlyAttachmentPictures(doc: DocNode): void {
  for (const src of imageSources(doc)) {
    if (attachmentIdOf(src) === null) {
      throw new AppError(
        'INVALID_INPUT',
        'A picture in this entry is not stored in the journal, so the entry was not saved. Add the picture again.',
        {
          reason: 'image-src',
        },
      );
    }
  }
}
