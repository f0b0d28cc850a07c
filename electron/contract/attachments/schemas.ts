// Input and output schemas of attachments.* methods: pictures stored inside the encrypted journal.
import { z } from 'zod';
import { fileBytesSchema, uploadedFile } from '../files';

/** Pictures larger than this are refused on the way in, before any decoding. */
export const MAX_PICTURE_BYTES = 25 * 1024 * 1024;

export const pictureMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;

export const attachmentInfo = z.object({
  id: z.string().uuid(),
  mimeType: z.enum(pictureMimeTypes),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().nonnegative(),
});
export type AttachmentInfo = z.infer<typeof attachmentInfo>;

export const journalUsage = z.object({
  /** The encrypted database file's size as SQLite sees it (pages in use and free). */
  journalBytes: z.number().int().nonnegative(),
  pictures: z.number().int().nonnegative(),
  pictureBytes: z.number().int().nonnegative(),
});
export type JournalUsage = z.infer<typeof journalUsage>;

export const attachmentsMethods = {
  'attachments.put': { input: z.object({ file: uploadedFile }).strict(), output: attachmentInfo },
  'attachments.get': { input: z.object({ id: z.string().uuid() }).strict(), output: fileBytesSchema },
  'attachments.usage': { input: z.object({}).strict().optional(), output: journalUsage },
};
