// What the jobs that make a file for the person (export.json, export.markdown, backup.create) share: where they write, what they answer.
import type { ErrorCode, FileOnDisk } from '../../contract';
import { toAppError } from '../errors/AppError';
import type { SealedTarget } from '../files/sealedTempFile';

export interface FileJobBase {
  databasePath: string;
  /** A copy of the data key for this job alone; wiped as soon as the connection is open. */
  dataKey: Uint8Array;
  nativeBinding?: string;
  /** Opened by the journal's thread, which closes it, and deletes it unless the file is handed out. */
  target: SealedTarget;
}

export type FileJobResult = { ok: true; file: FileOnDisk } | { ok: false; code: ErrorCode; message: string };

/** The key as a Buffer the job wipes, and any failure as a coded answer (a worker's message carries no Error). */
export function fileJob(dataKey: Uint8Array, make: (key: Buffer) => FileOnDisk): FileJobResult {
  const key = Buffer.from(dataKey.buffer, dataKey.byteOffset, dataKey.byteLength);
  try {
    return { ok: true, file: make(key) };
  } catch (error) {
    const { code, message } = toAppError(error);
    return { ok: false, code, message };
  } finally {
    key.fill(0);
  }
}
