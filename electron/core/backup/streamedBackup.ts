// Writes one .awbackup file from a database file on disk in fixed-size pieces, never the whole file in memory:
// a first pass hashes the database (the header names its digest), a second writes the container and hashes it for the trailer.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { syncDirectorySync } from '../fs/atomicWriteFileSync';
import { encodeHead, type BackupHeader } from './backupFormat';

const CHUNK_BYTES = 1024 * 1024;

/** Calls `use` with each piece of the file, in order, from one reused buffer. */
function eachChunk(file: string, use: (chunk: Buffer) => void): void {
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  try {
    for (let read = readSync(fd, buffer, 0, CHUNK_BYTES, null); read > 0; read = readSync(fd, buffer, 0, CHUNK_BYTES, null))
      use(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

export interface StreamedBackupInput {
  createdAt: string;
  schemaVersion: number;
  /** Entries outside the Trash, shown when the backups are listed while locked. */
  entries?: number;
  keyFile: Buffer;
  /** The verified encrypted copy of the journal (VACUUM INTO). */
  databaseFile: string;
}

/** The header: it names each part's length and digest, so the database is read once through the hash before anything is written. */
function headerOf(input: StreamedBackupInput): BackupHeader {
  const databaseHash = createHash('sha256');
  eachChunk(input.databaseFile, (chunk) => databaseHash.update(chunk));
  return {
    createdAt: input.createdAt,
    schemaVersion: input.schemaVersion,
    ...(input.entries === undefined ? {} : { entries: input.entries }),
    parts: [
      { name: 'vault.json', length: input.keyFile.length, sha256: createHash('sha256').update(input.keyFile).digest('hex') },
      { name: 'journal.db', length: statSync(input.databaseFile).size, sha256: databaseHash.digest('hex') },
    ],
  };
}

/** The whole container, piece by piece, to `write` (the trailer is the SHA-256 of everything before it). */
export function writeBackupContainer(input: StreamedBackupInput, write: (data: Buffer) => void): void {
  const header = headerOf(input);
  const whole = createHash('sha256');
  const hashed = (data: Buffer) => {
    whole.update(data);
    write(data);
  };
  hashed(encodeHead(header));
  hashed(input.keyFile);
  eachChunk(input.databaseFile, hashed);
  write(whole.digest());
}

/** Writes `target` atomically (temp file, fsync, rename, directory fsync). */
export function writeBackupStreamed(target: string, input: StreamedBackupInput): void {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeBackupContainer(input, (data) => {
      for (let offset = 0; offset < data.length;) offset += writeSync(fd, data, offset);
    });
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, target);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed before the rename failed.
    }
    rmSync(temp, { force: true });
    throw error;
  }
  syncDirectorySync(dir);
}
