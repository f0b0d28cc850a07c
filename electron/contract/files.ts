// Files crossing the contract: methods that answer with a file (exports, backups) and methods that take one (import, restore).
import { z } from 'zod';
import { isSealedFile, type FileBytes, type FileOnDisk, type UploadedFile } from './filePayload';

export * from './filePayload';

/** The answer of a method that hands back bytes (pictures, PDFs, Markdown zips, backups). */
export const fileBytesSchema = z.custom<FileBytes>(
  (value) => {
    const v = value as Partial<FileBytes> | null;
    return !!v && typeof v.fileName === 'string' && typeof v.mimeType === 'string' && v.data instanceof Uint8Array;
  },
  { message: 'expected a file' },
);

/** The answer of a method that writes its file to disk as it goes (export.json). */
export const fileOnDiskSchema = z.custom<FileOnDisk>(
  (value) => {
    const v = value as Partial<FileOnDisk> | null;
    return !!v && typeof v.fileName === 'string' && typeof v.mimeType === 'string' && isSealedFile(v.sealed);
  },
  { message: 'expected a file' },
);

/** What the renderer sees for a file-producing method: in Electron main saved it through a save dialog; in the browser it was downloaded. */
export interface SavedFile {
  fileName: string;
  /** false when the person cancelled the save dialog. */
  saved: boolean;
}

export const uploadedFile = z.custom<UploadedFile>((value) => value instanceof Uint8Array || isSealedFile(value), {
  message: "expected the file's contents",
});

export { PARAMS_HEADER } from './paramsHeader';
