// The .awbackup container: magic, version, a JSON header with each part's length and SHA-256, the parts, and a SHA-256 trailer.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors/AppError';

export const BACKUP_MAGIC = Buffer.from('AFTWBKUP', 'ascii');
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = '.awbackup';
export const BACKUP_MIME_TYPE = 'application/octet-stream';
export const PREAMBLE_BYTES = BACKUP_MAGIC.length + 4 + 4;
export const TRAILER_BYTES = 32;
/** A header is a few hundred bytes; the cap keeps a hostile file from making us parse megabytes of JSON. */
export const MAX_HEADER_BYTES = 64 * 1024;

export type PartName = 'vault.json' | 'journal.db';

const headerSchema = z.object({
  createdAt: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  /** Entries outside the Trash when the backup was made (absent in older backups): lets a locked app list backups with their size in entries. */
  entries: z.number().int().nonnegative().optional(),
  parts: z
    .array(
      z.object({
        name: z.enum(['vault.json', 'journal.db']),
        length: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .length(2),
});
export type BackupHeader = z.infer<typeof headerSchema>;

export interface BackupContents {
  header: BackupHeader;
  keyFile: Buffer;
  database: Buffer;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

export const damaged = (why: string) =>
  new AppError(
    'VAULT_CORRUPT',
    `This backup file is damaged or incomplete (${why}), so nothing was changed. Try another backup file, or an automatic backup.`,
  );

/** Magic, version and the JSON header: everything before the parts. The streamed writer (streamedBackup.ts) shares it. */
export function encodeHead(header: BackupHeader): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const preamble = Buffer.alloc(PREAMBLE_BYTES);
  BACKUP_MAGIC.copy(preamble, 0);
  preamble.writeUInt32BE(BACKUP_FORMAT_VERSION, BACKUP_MAGIC.length);
  preamble.writeUInt32BE(headerBytes.length, BACKUP_MAGIC.length + 4);
  return Buffer.concat([preamble, headerBytes]);
}

export function encodeBackup(input: {
  createdAt: string;
  schemaVersion: number;
  entries?: number;
  keyFile: Buffer;
  database: Buffer;
}): Buffer {
  const parts = [
    { name: 'vault.json' as const, data: input.keyFile },
    { name: 'journal.db' as const, data: input.database },
  ];
  const header: BackupHeader = {
    createdAt: input.createdAt,
    schemaVersion: input.schemaVersion,
    ...(input.entries === undefined ? {} : { entries: input.entries }),
    parts: parts.map((p) => ({ name: p.name, length: p.data.length, sha256: sha256(p.data).toString('hex') })),
  };
  const body = Buffer.concat([encodeHead(header), ...parts.map((p) => p.data)]);
  return Buffer.concat([body, sha256(body)]);
}

/** Verifies everything before returning anything: magic, version, the whole-file digest, lengths and each part's digest. */
export function decodeBackup(file: Uint8Array): BackupContents {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  checkStart(bytes, bytes.length);
  // Every format version ends with this digest, so damage is told apart from a newer version before the version is read.
  const body = bytes.subarray(0, bytes.length - TRAILER_BYTES);
  if (!sha256(body).equals(bytes.subarray(bytes.length - TRAILER_BYTES))) throw damaged('its checksum does not match');
  const version = bytes.readUInt32BE(BACKUP_MAGIC.length);
  checkVersion(version);
  const headerLength = bytes.readUInt32BE(BACKUP_MAGIC.length + 4);
  if (headerLength > MAX_HEADER_BYTES || PREAMBLE_BYTES + headerLength > body.length) throw damaged('its header is the wrong size');
  const header = parseHeader(body.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength));
  const parts = new Map<PartName, Buffer>();
  let offset = PREAMBLE_BYTES + headerLength;
  for (const part of header.parts) {
    const data = body.subarray(offset, offset + part.length);
    if (data.length !== part.length) throw damaged(`${part.name} is cut short`);
    if (sha256(data).toString('hex') !== part.sha256) throw damaged(`${part.name} does not match its checksum`);
    parts.set(part.name, data);
    offset += part.length;
  }
  const keyFile = parts.get('vault.json');
  const database = parts.get('journal.db');
  if (offset !== body.length || !keyFile || !database) throw damaged('its parts do not add up');
  return { header, keyFile, database };
}

/** The magic, in a file long enough to hold the preamble and the trailer; shared with the streamed reader (stageBackup.ts). */
export function checkStart(start: Buffer, fileLength: number): void {
  if (fileLength < PREAMBLE_BYTES + TRAILER_BYTES || !start.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) {
    throw new AppError('VAULT_CORRUPT', 'This is not an Afterword backup file (or only its first bytes arrived), so nothing was changed.');
  }
}

export function checkVersion(version: number): void {
  if (version > BACKUP_FORMAT_VERSION)
    throw new AppError(
      'VAULT_TOO_NEW',
      'This backup was made by a newer version of Afterword. Update the app to restore it; nothing was changed.',
    );
}

export function parseHeader(bytes: Buffer): BackupHeader {
  try {
    return headerSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw damaged('its header is not readable');
  }
}

/** Reads only the header, for listing automatic backups without loading whole files. */
export function peekBackupHeader(start: Buffer): BackupHeader | null {
  if (start.length < PREAMBLE_BYTES || !start.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) return null;
  const headerLength = start.readUInt32BE(BACKUP_MAGIC.length + 4);
  if (PREAMBLE_BYTES + headerLength > start.length) return null;
  try {
    return headerSchema.parse(JSON.parse(start.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength).toString('utf8')));
  } catch {
    return null;
  }
}

export const BACKUP_PEEK_BYTES = PREAMBLE_BYTES + MAX_HEADER_BYTES;
