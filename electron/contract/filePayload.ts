// The files crossing the contract, as types and plain checks (no zod): the browser host reads these before its journal starts.

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

export const isSealedFile = (value: unknown): value is SealedFile => {
  const v = value as Partial<SealedFile> | null;
  return (
    !!v && typeof v.path === 'string' && Number.isSafeInteger(v.byteLength) && v.key instanceof Uint8Array && v.iv instanceof Uint8Array
  );
};

/**
 * A file the person picked, as the shell hands it to core: its bytes (tests, a picture the page already holds), or, for an upload
 * the shell streamed to disk, a sealed file in the data folder (same sealing as a SealedFile answer) that core reads in pieces and
 * the shell deletes when the call ends. In Electron main seals the file picked in an open dialog; the web host, the request body.
 */
export type UploadedFile = Uint8Array | SealedFile;

export const isSealedUpload = (file: UploadedFile): file is SealedFile => !(file instanceof Uint8Array);
