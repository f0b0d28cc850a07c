// Files crossing the contract: methods that answer with a file (exports, backups) and methods that take one (import, restore).
import { z } from 'zod';

/** A file answer small enough to hold: its bytes. */
export interface FileBytes {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

/**
 * A file answer too large to hold (a JSON export can pass V8's 512 MiB string limit): core wrote it to a temporary file,
 * encrypted with a key that lives only in this answer (AES-256-CTR, so the size is the file's), and the shell streams it out
 * through the decipher and then deletes it. A crash leaves only ciphertext whose key died with the process.
 */
export interface SealedFile {
  path: string;
  byteLength: number;
  key: Uint8Array;
  iv: Uint8Array;
}

export interface FileOnDisk {
  fileName: string;
  mimeType: string;
  sealed: SealedFile;
}

/** What core returns for a file-producing method. The shell decides where it goes; the renderer never picks paths. */
export type FilePayload = FileBytes | FileOnDisk;

export const isFileOnDisk = (file: FilePayload): file is FileOnDisk => 'sealed' in file;

const isSealedFile = (value: unknown): value is SealedFile => {
  const v = value as Partial<SealedFile> | null;
  return (
    !!v && typeof v.path === 'string' && Number.isSafeInteger(v.byteLength) && v.key instanceof Uint8Array && v.iv instanceof Uint8Array
  );
};

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

/** The bytes of a file the person picked. In Electron main adds them after an open dialog; the web host takes them from the request body. */
export const uploadedFile = z.instanceof(Uint8Array, { message: "expected the file's contents" });

export { PARAMS_HEADER } from './paramsHeader';
