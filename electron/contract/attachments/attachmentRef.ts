// How a document refers to a picture stored in the journal: `attachment:<uuid>`, the only image src a document may carry.
export const ATTACHMENT_PREFIX = 'attachment:';

const REF = /^attachment:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const attachmentSrc = (id: string): string => `${ATTACHMENT_PREFIX}${id}`;

/** The attachment id a src names, or null for anything else (http:, data:, file:, paths…). */
export function attachmentIdOf(src: unknown): string | null {
  return typeof src === 'string' ? (REF.exec(src)?.[1] ?? null) : null;
}
