// Reads a zip's central directory from the end of the file, then one member at a time by positioned reads: an import never holds
// the whole file (a Day One export with years of photos can be gigabytes), and ZIP64 archives over 4 GiB read like any other.
import { inflateSync } from 'fflate';
import { AppError } from '../errors/AppError';
import type { UploadReader } from '../files/uploadReader';

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

/** What the archive reads from: an upload (sealed or not) or bytes in memory, both as an UploadReader. */
export type ZipBytes = Pick<UploadReader, 'byteLength' | 'read'>;

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 65_535;
/** The largest member inflated at once: a member is one file (a journal's JSON, a note, a photo), held whole while it is read. */
const MAX_MEMBER = 1024 * 1024 * 1024;

const notAZip = (reason: string) =>
  new AppError('INVALID_INPUT', `This file is not a zip archive Afterword can read (${reason}). Nothing was imported.`, { reason });

export const isZip = (source: ZipBytes): boolean => {
  const head = source.read(0, 4);
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
};

function dosDate(date: number, time: number): Date {
  return new Date(Date.UTC(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2));
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const uint64 = (view: DataView, at: number) => Number(view.getBigUint64(at, true));

interface Directory {
  count: number;
  offset: number;
  size: number;
}

/** The end-of-directory record (searched for behind a comment of up to 64 KiB), and its ZIP64 record when the counts overflow. */
function findDirectory(source: ZipBytes): Directory {
  const tailStart = Math.max(0, source.byteLength - 22 - MAX_COMMENT - 20);
  const tail = source.read(tailStart, source.byteLength - tailStart);
  const view = viewOf(tail);
  for (let at = tail.length - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) !== EOCD) continue;
    const directory = { count: view.getUint16(at + 10, true), size: view.getUint32(at + 12, true), offset: view.getUint32(at + 16, true) };
    const overflows = directory.count === 0xffff || directory.size === 0xffffffff || directory.offset === 0xffffffff;
    if (!overflows) return directory;
    if (at < 20 || view.getUint32(at - 20, true) !== EOCD64_LOCATOR) throw notAZip('damaged ZIP64 directory');
    const record = viewOf(source.read(uint64(view, at - 20 + 8), 56));
    if (record.byteLength < 56 || record.getUint32(0, true) !== EOCD64) throw notAZip('damaged ZIP64 directory');
    return { count: uint64(record, 32), size: uint64(record, 40), offset: uint64(record, 48) };
  }
  throw notAZip('no central directory');
}

/** Sizes and offset that did not fit in 32 bits are in the ZIP64 extra field, in this order, only for those that overflowed. */
function widen(member: ZipMember, extra: DataView): ZipMember {
  for (let at = 0; at + 4 <= extra.byteLength; at += 4 + extra.getUint16(at + 2, true)) {
    if (extra.getUint16(at, true) !== ZIP64_EXTRA) continue;
    let field = at + 4;
    const next = () => {
      if (field + 8 > extra.byteLength) throw notAZip(`${member.name} has a damaged ZIP64 field`);
      const value = uint64(extra, field);
      field += 8;
      return value;
    };
    const size = member.size === 0xffffffff ? next() : member.size;
    const compressedSize = member.compressedSize === 0xffffffff ? next() : member.compressedSize;
    const headerOffset = member.headerOffset === 0xffffffff ? next() : member.headerOffset;
    return { ...member, size, compressedSize, headerOffset };
  }
  return member;
}

function readMembers(source: ZipBytes, directory: Directory): ZipMember[] {
  const bytes = source.read(directory.offset, directory.size);
  if (bytes.length < directory.size) throw notAZip('damaged central directory');
  const view = viewOf(bytes);
  const decoder = new TextDecoder();
  const members: ZipMember[] = [];
  let at = 0;
  for (let i = 0; i < directory.count; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw notAZip('damaged central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, '/');
    if (!name.endsWith('/')) {
      const member: ZipMember = {
        name,
        method: view.getUint16(at + 10, true),
        modified: dosDate(view.getUint16(at + 14, true), view.getUint16(at + 12, true)),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        headerOffset: view.getUint32(at + 42, true),
      };
      members.push(widen(member, viewOf(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength))));
    }
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  return members;
}

export class ZipArchive {
  readonly members: ZipMember[];

  constructor(private readonly source: ZipBytes) {
    this.members = readMembers(source, findDirectory(source));
  }

  /** The member's bytes; a damaged, unsupported or oversized member throws INVALID_INPUT naming it. */
  read(member: ZipMember): Uint8Array {
    if (member.size > MAX_MEMBER || member.compressedSize > MAX_MEMBER)
      throw notAZip(`${member.name} is larger than the 1 GiB Afterword reads from one file in a zip`);
    const header = this.source.read(member.headerOffset, 30);
    if (header.length < 30 || viewOf(header).getUint32(0, true) !== LOCAL) throw notAZip(`${member.name} is damaged`);
    const start = member.headerOffset + 30 + viewOf(header).getUint16(26, true) + viewOf(header).getUint16(28, true);
    const raw = this.source.read(start, member.compressedSize);
    if (raw.length < member.compressedSize) throw notAZip(`${member.name} is cut short`);
    if (member.method === 0) return raw;
    if (member.method !== 8) throw notAZip(`${member.name} uses a compression method Afterword cannot read`);
    try {
      return inflateSync(raw, { out: new Uint8Array(member.size) });
    } catch {
      throw notAZip(`${member.name} is damaged`);
    }
  }
}
