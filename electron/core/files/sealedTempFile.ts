// Writes a large file answer piece by piece into a temporary file sealed with a one-time key, so no plaintext ever rests on disk.
import { createCipheriv, randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { SealedFile } from '../../contract/files';

const PREFIX = '.export-';
const SUFFIX = '.tmp';
/** Pieces are gathered to this size before one encrypt-and-write. */
const FLUSH_AT = 1024 * 1024;
/** A sealed file older than this was left by a crash (its key is gone): it is removed when the next one is made. */
const STALE_AFTER_MS = 60 * 60_000;

/**
 * The file a job writes into. The journal's thread opens it and owns the descriptor (descriptors are the process's, so a job worker
 * writes through it): a job that is stopped mid-write cannot leave it open, and its owner closes and deletes it.
 */
export interface SealedTarget {
  path: string;
  fd: number;
}

export interface SealedWriter {
  write(text: string): void;
  writeBytes(bytes: Uint8Array): void;
  /** Flushes (the descriptor stays open for its owner to close); the answer names the file and carries its key. */
  finish(): SealedFile;
}

function removeStale(dir: string, now: number): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) continue;
    const file = path.join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > STALE_AFTER_MS) rmSync(file, { force: true });
    } catch {
      // Removed meanwhile by the shell that streamed it.
    }
  }
}

/** A new private file in `dir` (the journal's folder), after removing ones a crash left behind. */
export function openSealedTarget(dir: string): SealedTarget {
  removeStale(dir, Date.now());
  const filePath = path.join(dir, `${PREFIX}${randomBytes(8).toString('hex')}${SUFFIX}`);
  return { path: filePath, fd: openSync(filePath, 'wx', 0o600) };
}

/** Closes the file; with `remove`, deletes it too (the job failed or was cancelled). */
export function closeSealedTarget(target: SealedTarget, remove: boolean): void {
  closeSync(target.fd);
  if (remove) rmSync(target.path, { force: true });
}

export function createSealedWriter({ path: filePath, fd }: SealedTarget): SealedWriter {
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-ctr', key, iv);
  // Pieces are encoded straight into one reused buffer (no joined strings, no concatenated copies), sealed when it is full.
  const plain = Buffer.allocUnsafe(FLUSH_AT);
  let used = 0;
  let byteLength = 0;

  const writeAll = (bytes: Buffer) => {
    for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
  };
  const seal = (bytes: Buffer) => {
    byteLength += bytes.length;
    writeAll(cipher.update(bytes));
  };
  const flush = () => {
    if (used === 0) return;
    seal(plain.subarray(0, used));
    used = 0;
  };
  const writeBytes = (bytes: Uint8Array) => {
    if (used + bytes.byteLength > FLUSH_AT) flush();
    // A piece as large as the buffer is sealed as it is; the caller's buffer is only read, never kept.
    if (bytes.byteLength >= FLUSH_AT) return seal(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    plain.set(bytes, used);
    used += bytes.byteLength;
  };

  return {
    write(text) {
      // UTF-8 takes at most 3 bytes per UTF-16 unit: a text that surely fits is encoded in place without measuring it first.
      if (used + text.length * 3 > FLUSH_AT) flush();
      if (text.length * 3 <= FLUSH_AT) used += plain.write(text, used, 'utf8');
      else writeBytes(Buffer.from(text, 'utf8'));
    },
    writeBytes,
    finish() {
      flush();
      writeAll(cipher.final());
      plain.fill(0);
      return { path: filePath, byteLength, key: new Uint8Array(key), iv: new Uint8Array(iv) };
    },
  };
}
