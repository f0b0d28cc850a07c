// Writes an uploaded file (a request body, a picked file) to disk as it arrives, sealed under a one-time key, so core can read it
// in pieces and no plaintext of it ever rests on disk; the shell deletes it when the call ends.
import { createCipheriv, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SealedFileRef } from './sealedFile';

const PREFIX = '.upload-';
const SUFFIX = '.tmp';

/** The upload passed the size limit; what was written so far is already deleted. */
export class UploadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Upload exceeds ${limit} bytes`);
  }
}

/** Whether `name` (a base name) is a sealed upload's: core refuses to read any other file as one. */
export const isSealedUploadName = (name: string): boolean => /^\.upload-[0-9a-f]{16}\.tmp$/.test(name);

/** Counts bytes as they pass and fails the pipeline past `limit`, before the rest is read. */
function sizeLimit(limit: number, counted: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted.bytes += chunk.length;
      if (counted.bytes > limit) return done(new UploadTooLargeError(limit));
      done(null, chunk);
    },
  });
}

/** Streams `source` through AES-256-CTR into a new `.upload-<random>.tmp` in `dir` (mode 0600); deleted again if anything fails. */
export async function sealUpload(source: Readable, dir: string, limit: number): Promise<SealedFileRef> {
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const filePath = path.join(dir, `${PREFIX}${randomBytes(8).toString('hex')}${SUFFIX}`);
  const counted = { bytes: 0 };
  try {
    await pipeline(
      source,
      sizeLimit(limit, counted),
      createCipheriv('aes-256-ctr', key, iv),
      createWriteStream(filePath, { flags: 'wx', mode: 0o600 }),
    );
  } catch (error) {
    await rm(filePath, { force: true });
    throw error;
  }
  return { path: filePath, byteLength: counted.bytes, key: new Uint8Array(key), iv: new Uint8Array(iv) };
}

/** A file the person picked (Electron), sealed the same way. */
export function sealPickedFile(file: string, dir: string, limit: number): Promise<SealedFileRef> {
  return sealUpload(createReadStream(file), dir, limit);
}

/** Runs the call with the upload, then deletes it whatever happened: it is of no use after one call. */
export async function withSealedUpload<T>(upload: SealedFileRef, use: (upload: SealedFileRef) => Promise<T>): Promise<T> {
  try {
    return await use(upload);
  } finally {
    await rm(upload.path, { force: true });
  }
}

/** At start: uploads a crash left behind (their keys died with the process) are removed. */
export function sweepUploads(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (isSealedUploadName(name)) rmSync(path.join(dir, name), { force: true });
}
