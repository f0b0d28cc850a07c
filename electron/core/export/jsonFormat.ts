// The JSON export format (docs/EXPORT-FORMAT.md): a versioned, full-fidelity copy of entries and custom templates.
import { z } from 'zod';
import { docSchema, entryId, isoDate, mood } from '../../contract';
import { pictureMimeTypes } from '../../contract/attachments/schemas';
import type { Db } from '../db/openDatabase';

export const JSON_EXPORT_FORMAT = 'afterword-journal';
export const JSON_EXPORT_VERSION = 1;

/** A stored value of a database column (SQLite's types as JSON carries them). */
const columnValue = z.union([z.string(), z.number(), z.null()]);
const timestamp = z.string().min(1).max(64);
/** At most this many entries, and pictures, in one file. */
export const MAX_EXPORTED_ITEMS = 1_000_000;
const tableRows = z.array(z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), columnValue)).max(10_000_000);

export const exportedEntrySchema = z
  .object({
    id: entryId,
    entryDate: isoDate,
    createdAt: timestamp,
    updatedAt: timestamp,
    title: z.string().max(500),
    mood: mood.nullable(),
    templateId: z.string().max(200).nullable(),
    templateVersion: z.number().int().nullable(),
    favorite: z.boolean(),
    version: z.number().int().positive(),
    tags: z.array(z.string().min(1).max(100)).max(1000),
    extra: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/, 'expected a column name'), columnValue).default({}),
    doc: docSchema,
  })
  .strict();

/** A picture the exported entries use, as base64 (pictures live in the journal, so the file carries them). */
export const exportedPictureSchema = z
  .object({
    id: z.string().uuid(),
    mimeType: z.enum(pictureMimeTypes),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    data: z.base64(),
  })
  .strict();

/** The members of the file, each with its schema; import checks them one by one, the two long arrays element by element. */
export const jsonExportFields = {
  format: z.literal(JSON_EXPORT_FORMAT, { message: `expected "${JSON_EXPORT_FORMAT}"` }),
  version: z.literal(JSON_EXPORT_VERSION, { message: `this app reads version ${JSON_EXPORT_VERSION} of the format` }),
  exportedAt: timestamp,
  entries: z.array(exportedEntrySchema).max(MAX_EXPORTED_ITEMS),
  templates: z
    .array(z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), columnValue))
    .max(100_000)
    .optional(),
  /** Commitments, their earlier wordings and check-ins, row by row as stored (docs/EXPORT-FORMAT.md). */
  commitments: tableRows.optional(),
  commitmentRevisions: tableRows.optional(),
  checkIns: tableRows.optional(),
  attachments: z.array(exportedPictureSchema).max(MAX_EXPORTED_ITEMS).optional(),
};
export type ExportedEntry = z.output<typeof exportedEntrySchema>;

export function tableExists(db: Db, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}
