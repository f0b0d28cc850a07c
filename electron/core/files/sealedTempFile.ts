// Writes a large file answer piece by piece into a temporary file sealed with a one-time key, so no plaintext ever rests on disk.
import { createCipheriv, randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { SealedFile } from '../../contract/files';

const PREFIX = '.export-';
const SUFFIX = '.tmp';
/** Pieces are gathered to about this size before one encrypt-and-write. */
const FLUSH_AT = 1024 * 1024;
/** A sealed file older than this was left by a crash (its key is gone): it is removed when the next one is made. */
const STALE_AFTER_MS = 60 * 60_000;

export interface SealedWriter {
  write(text: string): void;
  /** Flushes and closes; the answer names the file and carries its key. */
  finish(): SealedFile;
  /** Closes and deletes the file (the export failed). */
  abort(): void;
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

export function createSealedWriter(dir: string): SealedWriter {
  removeStale(dir, Date.now());
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-ctr', key, iv);
  const filePath = path.join(dir, `${PREFIX}${randomBytes(8).toString('hex')}${SUFFIX}`);
  const fd = openSync(filePath, 'wx', 0o600);
  let pending: string[] = [];
  let pendingLength = 0;
  let byteLength = 0;
  let open = true;

  const writeBytes = (bytes: Buffer) => {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
  };
  const flush = () => {
    if (pending.length === 0) return;
    const plain = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingLength = 0;
    byteLength += plain.length;
    writeBytes(cipher.update(plain));
    plain.fill(0);
  };
  const close = () => {
    if (!open) return;
    open = false;
    closeSync(fd);
  };

  return {
    write(text) {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= FLUSH_AT) flush();
    },
    finish() {
      flush();
      writeBytes(cipher.final());
      close();
      return { path: filePath, byteLength, key: new Uint8Array(key), iv: new Uint8Array(iv) };
    },
    abort() {
      close();
      rmSync(filePath, { force: true });
    },
  };
}
