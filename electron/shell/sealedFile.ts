// Reads a file answer core sealed on disk (contract/files.ts, SealedFile): decrypted as it streams out, deleted once read.
import { createDecipheriv } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The shape of contract/files.ts's SealedFile (this layer imports no contract). */
export interface SealedFileRef {
  path: string;
  byteLength: number;
  key: Uint8Array;
  iv: Uint8Array;
}

/**
 * Read in pieces of this size: the default 64 KiB made a 90 MB export 1,400 reads, each a trip to the thread pool and a decipher
 * call; at most about two pieces wait in the pipeline whatever the file's size (the response's backpressure holds the rest on disk).
 */
const READ_BYTES = 1024 * 1024;

/** Streams the plaintext into `out`, then deletes the sealed file whatever happened (it is of no use after one answer). */
export async function streamSealedFile(file: SealedFileRef, out: Writable): Promise<void> {
  try {
    await pipeline(createReadStream(file.path, { highWaterMark: READ_BYTES }), createDecipheriv('aes-256-ctr', file.key, file.iv), out);
  } finally {
    await removeSealedFile(file);
  }
}

/** Writes the plaintext to a file the person chose (mode 0600), then deletes the sealed file. */
export function saveSealedFile(file: SealedFileRef, target: string, mode: number): Promise<void> {
  return streamSealedFile(file, createWriteStream(target, { mode }));
}

export function removeSealedFile(file: SealedFileRef): Promise<void> {
  return rm(file.path, { force: true });
}
