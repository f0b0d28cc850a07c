// Input and output schemas of export.* and import.* methods: what to export (scope), how (PDF options), and import results.
import { z } from 'zod';
import { entryId, isoDate } from '../entities';
import { fileBytesSchema, fileOnDiskSchema, uploadedFile } from '../files';
import { fileJobMethods } from './names';

/** Which entries to export: some by id, a date range (inclusive, by the writer's date), or all of them. Trashed entries are never exported. */
export const exportScope = z.union([
  z.object({ entryIds: z.array(entryId).min(1, 'choose at least one entry').max(100_000) }).strict(),
  z
    .object({ from: isoDate, to: isoDate })
    .strict()
    .refine((range) => range.from <= range.to, { message: 'the range must start on or before its last day', path: ['to'] }),
  z.object({ all: z.literal(true) }).strict(),
]);
export type ExportScope = z.infer<typeof exportScope>;

export const pageSizes = ['A4', 'Letter'] as const;
export type PageSize = (typeof pageSizes)[number];

export const pdfOptions = z
  .object({
    pageSize: z.enum(pageSizes).default('A4'),
    /** Template questions above the answers; on by default so each answer keeps its question. */
    includePrompts: z.boolean().default(true),
    /** Questions with nothing written under them are left out (with their empty space); on by default. */
    omitUnansweredPrompts: z.boolean().default(true),
    /** Unset: a cover and a contents page for several entries, none for one entry alone. */
    coverPage: z.boolean().optional(),
    tableOfContents: z.boolean().optional(),
    pageNumbers: z.boolean().default(true),
    /** Shown on the cover and in the running header. */
    title: z.string().trim().min(1).max(200).default('Journal'),
  })
  .strict();
export type PdfOptions = z.output<typeof pdfOptions>;

export const importResult = z.object({
  /** Entries added to the journal. */
  imported: z.number().int().nonnegative(),
  /** Entries left out because an entry with the same id is already in this journal (importing the same file twice adds nothing). */
  skipped: z.number().int().nonnegative(),
  /** Custom templates added (built-in ones and ones already present are left alone). */
  templatesImported: z.number().int().nonnegative(),
  /** Commitments the journal did not have yet (their revisions and check-ins come with them). */
  commitmentsImported: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof importResult>;

/** The answer of import.dayOne and import.markdown: entries that could not be read are named one by one, the rest imported. */
export const importReport = z.object({
  imported: z.number().int().nonnegative(),
  /** Entries already in this journal (same id): importing the same export twice adds nothing. */
  skipped: z.number().int().nonnegative(),
  failed: z.array(z.object({ where: z.string(), reason: z.string() })),
  /** Pictures stored (the same picture used twice counts once). */
  pictures: z.number().int().nonnegative(),
});
export type ImportReport = z.infer<typeof importReport>;

export const exportsMethods = {
  'export.pdf': {
    input: z.object({ scope: exportScope, options: pdfOptions.default(() => pdfOptions.parse({})) }).strict(),
    output: fileBytesSchema,
  },
  'export.markdown': { input: z.object({ scope: exportScope }).strict(), output: fileOnDiskSchema },
  'export.json': { input: z.object({ scope: exportScope }).strict(), output: fileOnDiskSchema },
  /** Stops a running export.json, export.markdown or backup.create (the one named, or every one): it answers CANCELLED, its file deleted. */
  'export.cancel': {
    input: z
      .object({ job: z.enum(fileJobMethods).optional() })
      .strict()
      .optional(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'import.json': { input: z.object({ file: uploadedFile }).strict(), output: importResult },
  'import.dayOne': { input: z.object({ file: uploadedFile }).strict(), output: importReport },
  'import.markdown': { input: z.object({ file: uploadedFile }).strict(), output: importReport },
  /** Stops the running import (import.json, import.dayOne, import.markdown); it answers CANCELLED and leaves the journal as it was. */
  'import.cancel': { input: z.object({}).strict().optional(), output: z.object({ cancelled: z.boolean() }) },
};
