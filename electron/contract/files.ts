// Files crossing the contract: methods that answer with a file (exports, backups) and methods that take one (import, restore).
import { z } from 'zod';

/** What core returns for a file-producing method. The shell decides where it goes; the renderer never picks paths. */
export interface FilePayload {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

export const filePayloadSchema = z.custom<FilePayload>(
  (value) => {
    const v = value as Partial<FilePayload> | null;
    return !!v && typeof v.fileName === 'string' && typeof v.mimeType === 'string' && v.data instanceof Uint8Array;
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
