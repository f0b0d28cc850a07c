// The attachments table: pictures stored once per distinct content, read back by id, and the journal's size.
import { createHash, randomUUID } from 'node:crypto';
import type { AttachmentInfo, JournalUsage } from '../../contract/attachments/schemas';
import type { FileBytes } from '../../contract/files';
import type { Db } from '../db/openDatabase';
import { AppError } from '../errors/AppError';
import type { PreparedPicture } from './preparePicture';

interface InfoRow {
  id: string;
  mime: AttachmentInfo['mimeType'];
  width: number;
  height: number;
  bytes: number;
}

const toInfo = (row: InfoRow): AttachmentInfo => ({
  id: row.id,
  mimeType: row.mime,
  width: row.width,
  height: row.height,
  bytes: row.bytes,
});

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' };
export const extensionOf = (mimeType: string): string => EXTENSIONS[mimeType] ?? 'bin';

export class AttachmentsRepository {
  constructor(private readonly db: Db) {}

  /** Stores the picture (under wantedId when given, e.g. from a JSON export) unless the same bytes are already here; either way answers the stored picture. */
  put(picture: PreparedPicture, now = new Date(), wantedId?: string): AttachmentInfo & { added: boolean } {
    const sha256 = createHash('sha256').update(picture.data).digest('hex');
    const existing = this.db.prepare('SELECT id, mime, width, height, bytes FROM attachments WHERE sha256 = ?').get(sha256) as
      InfoRow | undefined;
    if (existing) return { ...toInfo(existing), added: false };
    const id = wantedId ?? randomUUID();
    this.db
      .prepare('INSERT INTO attachments (id, sha256, mime, width, height, bytes, blob, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, sha256, picture.mimeType, picture.width, picture.height, picture.data.byteLength, picture.data, now.toISOString());
    return { id, mimeType: picture.mimeType, width: picture.width, height: picture.height, bytes: picture.data.byteLength, added: true };
  }

  get(id: string): FileBytes {
    const row = this.db.prepare('SELECT mime, blob FROM attachments WHERE id = ?').get(id) as { mime: string; blob: Buffer } | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'That picture is no longer in the journal.');
    return {
      fileName: `${id}.${extensionOf(row.mime)}`,
      mimeType: row.mime,
      data: new Uint8Array(row.blob.buffer, row.blob.byteOffset, row.blob.byteLength),
    };
  }

  has(id: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM attachments WHERE id = ?').get(id);
  }

  usage(): JournalUsage {
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    const pageCount = this.db.pragma('page_count', { simple: true }) as number;
    const pictures = this.db.prepare('SELECT COUNT(*) AS count, COALESCE(SUM(bytes), 0) AS total FROM attachments').get() as {
      count: number;
      total: number;
    };
    return { journalBytes: pageSize * pageCount, pictures: pictures.count, pictureBytes: pictures.total };
  }
}
