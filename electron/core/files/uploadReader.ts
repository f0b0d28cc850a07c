// Reads an uploaded file core was handed (contract/files.ts, UploadedFile) in windows: its bytes as they are, or a sealed upload
// by positioned reads deciphered at their offset (AES-CTR's keystream at byte n depends only on the counter block n / 16).
import { createDecipheriv } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { isSealedUpload, type SealedFile, type UploadedFile } from '../../contract/files';
import { AppError } from '../errors/AppError';

export interface UploadReader {
  readonly byteLength: number;
  /** The plaintext of [position, position + length), clipped to the file; a new buffer the caller may keep. */
  read(position: number, length: number): Buffer;
  close(): void;
}

const BLOCK = 16;
const WHOLE_READ_WINDOW = 4 * 1024 * 1024;

/** The counter block for byte `position`: the IV read as one 128-bit big-endian number, plus position / 16, wrapping. */
export function counterAt(iv: Uint8Array, position: number): Buffer {
  const counter = Buffer.from(iv);
  let carry = Math.floor(position / BLOCK);
  for (let i = BLOCK - 1; i >= 0 && carry > 0; i -= 1) {
    const sum = counter[i]! + (carry % 256);
    counter[i] = sum % 256;
    carry = Math.floor(carry / 256) + (sum >= 256 ? 1 : 0);
  }
  return counter;
}

/**
 * Only the shells' own uploads are read: a `.upload-<hex>.tmp` in the data folder (the shells name them so, in shell/sealedUpload.ts).
 * Any other path is refused, so no caller can point core at another file.
 */
function checkedPath(file: SealedFile, dataDir: string): string {
  const name = path.basename(file.path);
  if (path.resolve(path.dirname(file.path)) !== path.resolve(dataDir) || !/^\.upload-[0-9a-f]{16}\.tmp$/.test(name))
    throw new AppError('INVALID_INPUT', 'That upload is not one Afterword made, so nothing was read.');
  return file.path;
}

function sealedReader(file: SealedFile, dataDir: string): UploadReader {
  const fd = openSync(checkedPath(file, dataDir), 'r');
  let open = true;
  return {
    byteLength: file.byteLength,
    read(position, length) {
      const end = Math.min(file.byteLength, position + length);
      const skip = position % BLOCK;
      const from = position - skip;
      const sealed = Buffer.allocUnsafe(Math.max(0, end - from));
      let got = 0;
      while (got < sealed.length) {
        const n = readSync(fd, sealed, got, sealed.length - got, from + got);
        if (n === 0) throw new AppError('IO_ERROR', 'The uploaded file ended early. Try again.');
        got += n;
      }
      const decipher = createDecipheriv('aes-256-ctr', file.key, counterAt(file.iv, from));
      return decipher.update(sealed).subarray(skip);
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** Bytes already in memory, read the same way as an upload (tests, benches, the single-file imports). */
export function readerOfBytes(bytes: Uint8Array): UploadReader {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    byteLength: buffer.length,
    read: (position, length) => Buffer.from(buffer.subarray(position, Math.min(buffer.length, position + length))),
    close() {},
  };
}

export function openUpload(file: UploadedFile, dataDir: string): UploadReader {
  return isSealedUpload(file) ? sealedReader(file, dataDir) : readerOfBytes(file);
}

/** For the readers that need the whole file at once (a picture, a backup's checksum): a sealed upload read whole. */
export function uploadBytes(file: UploadedFile, dataDir: string): Uint8Array {
  if (!isSealedUpload(file)) return file;
  const reader = openUpload(file, dataDir);
  // Deciphered a window at a time into the one buffer, so a 1 GiB backup costs 1 GiB, not twice that.
  const whole = Buffer.allocUnsafe(reader.byteLength);
  try {
    for (let at = 0; at < whole.length; at += WHOLE_READ_WINDOW) reader.read(at, WHOLE_READ_WINDOW).copy(whole, at);
    return whole;
  } finally {
    reader.close();
  }
}
