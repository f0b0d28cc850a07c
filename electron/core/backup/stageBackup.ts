// Restore's first step, streamed: the backup is read a window at a time, hashed, and its journal.db written straight into a new
// staging folder, so a backup of any size costs a few MiB of memory. Nothing is kept unless every check decodeBackup makes passes.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { OnProgress } from '../jobs/jobProgress';
import { syncDirectorySync } from '../fs/atomicWriteFileSync';
import type { AppError } from '../errors/AppError';
import {
  BACKUP_MAGIC,
  checkStart,
  checkVersion,
  damaged,
  MAX_HEADER_BYTES,
  parseHeader,
  PREAMBLE_BYTES,
  TRAILER_BYTES,
  type BackupHeader,
  type PartName,
} from './backupFormat';
import { STAGED_DATABASE } from './swapJournal';

/** What the stager reads from: a sealed upload (files/uploadReader.ts) or a file on disk (files/fileReader.ts). */
export interface ContainerReader {
  readonly byteLength: number;
  read(position: number, length: number): Buffer;
}

export interface StagedBackup {
  /** A new `.restore-*` folder in the data folder holding the backup's journal.db; the caller removes it when done. */
  dir: string;
  header: BackupHeader;
  /** The backup's vault.json (a few hundred bytes). */
  keyFile: Buffer;
}

const WINDOW_BYTES = 4 * 1024 * 1024;
/** A key file is under a KiB; a header claiming more is damage, and is not gathered in memory while the file is read. */
const MAX_KEY_FILE_BYTES = 1024 * 1024;

interface Part {
  name: PartName;
  from: number;
  to: number;
  sha256: string;
  hash: Hash;
}

/** The header as far as it reads, before the checksum vouches for it: its error is told only after the checksum's. */
function layoutOf(start: Buffer, bodyLength: number): { header?: BackupHeader; error?: AppError; parts: Part[] } {
  const headerLength = start.readUInt32BE(BACKUP_MAGIC.length + 4);
  if (headerLength > MAX_HEADER_BYTES || PREAMBLE_BYTES + headerLength > bodyLength)
    return { error: damaged('its header is the wrong size'), parts: [] };
  let header: BackupHeader;
  try {
    header = parseHeader(start.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength));
  } catch (error) {
    return { error: error as AppError, parts: [] };
  }
  let offset = PREAMBLE_BYTES + headerLength;
  const parts = header.parts.map(({ name, length, sha256 }) => {
    const part = { name, from: offset, to: offset + length, sha256, hash: createHash('sha256') };
    offset += length;
    return part;
  });
  if (parts.some((part) => part.name === 'vault.json' && part.to - part.from > MAX_KEY_FILE_BYTES))
    return { header, error: damaged('its vault.json is too large'), parts: [] };
  return { header, parts };
}

/** The checks decodeBackup makes, in its order, once every byte has been read. */
function checkParts(layout: ReturnType<typeof layoutOf>, bodyLength: number): BackupHeader {
  if (layout.error) throw layout.error;
  for (const part of layout.parts) {
    if (part.to > bodyLength) throw damaged(`${part.name} is cut short`);
    if (part.hash.digest('hex') !== part.sha256) throw damaged(`${part.name} does not match its checksum`);
  }
  const names = layout.parts.map((part) => part.name).sort();
  if (layout.parts.at(-1)?.to !== bodyLength || names.join() !== 'journal.db,vault.json') throw damaged('its parts do not add up');
  return layout.header!;
}

/** One pass over the file: the whole-file hash, each part's hash, journal.db written to `fd`, vault.json gathered; then the checks. */
function readInto(fd: number, reader: ContainerReader, start: Buffer, layout: ReturnType<typeof layoutOf>, onProgress: OnProgress) {
  const bodyLength = reader.byteLength - TRAILER_BYTES;
  const keyFile: Buffer[] = [];
  const whole = createHash('sha256');
  for (let at = 0; at < bodyLength; at += WINDOW_BYTES) {
    const window = reader.read(at, Math.min(WINDOW_BYTES, bodyLength - at));
    whole.update(window);
    for (const part of layout.parts) {
      const slice = window.subarray(Math.max(0, part.from - at), Math.max(0, Math.min(window.length, part.to - at)));
      if (slice.length === 0) continue;
      part.hash.update(slice);
      if (part.name === 'vault.json') keyFile.push(Buffer.from(slice));
      else for (let offset = 0; offset < slice.length;) offset += writeSync(fd, slice, offset);
    }
    onProgress(Math.min(at + WINDOW_BYTES, bodyLength), bodyLength);
  }
  if (!whole.digest().equals(reader.read(bodyLength, TRAILER_BYTES))) throw damaged('its checksum does not match');
  checkVersion(start.readUInt32BE(BACKUP_MAGIC.length));
  return { header: checkParts(layout, bodyLength), keyFile: Buffer.concat(keyFile) };
}

/** Reads, checks and stages the backup; on any failure the staging folder is already gone. */
export function stageBackup(reader: ContainerReader, dataDir: string, onProgress: OnProgress = () => {}): StagedBackup {
  const length = reader.byteLength;
  const start = reader.read(0, Math.min(length, PREAMBLE_BYTES + MAX_HEADER_BYTES));
  checkStart(start, length);
  const bodyLength = length - TRAILER_BYTES;
  const layout = layoutOf(start, bodyLength);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Inside the data folder so the final moves are same-filesystem renames. The database part is SQLCipher pages: no plaintext.
  const dir = mkdtempSync(path.join(dataDir, '.restore-'));
  try {
    const fd = openSync(path.join(dir, STAGED_DATABASE), 'wx', 0o600);
    let staged: StagedBackup;
    try {
      staged = { dir, ...readInto(fd, reader, start, layout, onProgress) };
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    syncDirectorySync(dir);
    return staged;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
