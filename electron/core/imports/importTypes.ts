// What every importer (Day One, Markdown) hands the shared import runner: entries read one by one, or why one could not be.
import type { DocNode } from '../../contract/doc';

/** An image src used while importing: names a picture in the source file until it is stored and has an attachment id. */
export const PENDING_PICTURE = 'import-picture:';

export interface ImportedEntry {
  /** Where in the file it came from, for the report (a file name, or "Journal.json, entry 12"). */
  where: string;
  id: string;
  entryDate: string;
  createdAt: string;
  updatedAt: string;
  title: string;
  doc: DocNode;
  tags: string[];
  favorite: boolean;
}

export interface ImportFailure {
  where: string;
  reason: string;
}

export interface ImportSource {
  /** How many entries the file holds (for progress). */
  total: number;
  /** Each entry in turn, converted or with the reason it could not be; problems found before any entry (a bad journal file) come first. */
  entries(): Iterable<ImportedEntry | ImportFailure>;
  /** A picture's bytes by the key in its pending src, or null when the file does not hold it. */
  picture(key: string): { bytes: Uint8Array; name: string } | null;
}

export const isFailure = (item: ImportedEntry | ImportFailure): item is ImportFailure => !('id' in item);
