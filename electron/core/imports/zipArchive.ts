// Reads a zip's central directory once, then inflates one member at a time, so an import never holds every picture at once.
import { inflateSync } from 'fflate';
import { AppError } from '../errors/AppError';

export interface ZipMember {
  /** Path inside the zip, always with forward slashes. */
  name: string;
  size: number;
  /** The member's modification time as the zip records it (local time, no zone: read as UTC). */
  modified: Date;
  method: number;
  compressedSize: number;
  headerOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const notAZip = (reason: string) =>
  new AppError('INVALID_INPUT', `This file is not a zip archive Afterword can read (${reason}). Nothing was imported.`, { reason });

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function dosDate(date: number, time: number): Date {
  return new Date(Date.UTC(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2));
}

function findEndOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw notAZip('no central directory');
}

export class ZipArchive {
  readonly members: ZipMember[] = [];
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndOfDirectory(this.view);
    const count = this.view.getUint16(end + 10, true);
    let at = this.view.getUint32(end + 16, true);
    if (count === 0xffff || at === 0xffffffff)
      throw new AppError('UNSUPPORTED', 'This zip uses the ZIP64 format, which Afterword cannot read yet. Nothing was imported.');
    const decoder = new TextDecoder();
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > bytes.length || this.view.getUint32(at, true) !== CENTRAL) throw notAZip('damaged central directory');
      const nameLength = this.view.getUint16(at + 28, true);
      const skip = nameLength + this.view.getUint16(at + 30, true) + this.view.getUint16(at + 32, true);
      const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, '/');
      if (!name.endsWith('/')) {
        this.members.push({
          name,
          method: this.view.getUint16(at + 10, true),
          modified: dosDate(this.view.getUint16(at + 14, true), this.view.getUint16(at + 12, true)),
          compressedSize: this.view.getUint32(at + 20, true),
          size: this.view.getUint32(at + 24, true),
          headerOffset: this.view.getUint32(at + 42, true),
        });
      }
      at += 46 + skip;
    }
  }

  /** The member's bytes; a damaged or unsupported member throws INVALID_INPUT naming it. */
  read(member: ZipMember): Uint8Array {
    const at = member.headerOffset;
    if (this.view.getUint32(at, true) !== LOCAL) throw notAZip(`${member.name} is damaged`);
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const raw = this.bytes.subarray(start, start + member.compressedSize);
    if (member.method === 0) return raw;
    if (member.method !== 8) throw notAZip(`${member.name} uses a compression method Afterword cannot read`);
    try {
      return inflateSync(raw, { out: new Uint8Array(member.size) });
    } catch {
      throw notAZip(`${member.name} is damaged`);
    }
  }
}
