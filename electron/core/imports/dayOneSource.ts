// A Day One "JSON (.zip)" export (one or more <Journal>.json and photos/ named by md5) or a single .json, as an ImportSource.
import { AppError } from '../errors/AppError';
import { dayOneEntry } from './dayOneEntry';
import type { ImportFailure, ImportSource } from './importTypes';
import { isZip, ZipArchive, type ZipBytes, type ZipMember } from './zipArchive';

type Raw = Record<string, unknown>;

interface Journal {
  name: string;
  entries: Raw[];
}

const notDayOne = () =>
  new AppError(
    'INVALID_INPUT',
    'This file is not a Day One export. In Day One choose File › Export › JSON, then import the .zip it makes. Nothing was imported.',
  );

function parseJournal(name: string, bytes: Uint8Array): Journal | ImportFailure {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { entries?: unknown };
    if (!Array.isArray(parsed.entries)) return { where: name, reason: 'This file has no list of entries.' };
    return { name, entries: parsed.entries as Raw[] };
  } catch {
    return { where: name, reason: 'This file is not valid JSON.' };
  }
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Photos stay in the file until an entry asks for one: only the journals' JSON is read up front. */
export function dayOneSource(file: ZipBytes): ImportSource {
  const archive = isZip(file) ? new ZipArchive(file) : null;
  const jsonMembers = archive ? archive.members.filter((m) => /\.json$/i.test(m.name) && !baseName(m.name).startsWith('.')) : [];
  const journals = archive
    ? jsonMembers.map((m) => parseJournal(m.name, archive.read(m)))
    : [parseJournal('the file', file.read(0, file.byteLength))];
  const readable = journals.filter((j): j is Journal => 'entries' in j);
  if (readable.length === 0) throw notDayOne();
  // Photos are named <md5>.<ext>; the entry's `type` does not reliably give the extension, so the md5 alone finds the file.
  const photos = new Map<string, ZipMember>();
  for (const member of archive?.members ?? []) {
    const match = /(?:^|\/)photos\/([0-9a-f]{32})\.[A-Za-z0-9]+$/i.exec(member.name);
    if (match) photos.set(match[1]!.toLowerCase(), member);
  }
  const photoMd5 = new Map<string, string>();
  for (const journal of readable) {
    for (const entry of journal.entries) {
      for (const photo of Array.isArray(entry?.photos) ? (entry.photos as Raw[]) : []) {
        if (typeof photo?.identifier === 'string' && typeof photo.md5 === 'string') photoMd5.set(photo.identifier, photo.md5);
      }
    }
  }
  return {
    total: readable.reduce((sum, journal) => sum + journal.entries.length, 0),
    *entries() {
      for (const journal of journals) if (!('entries' in journal)) yield journal;
      for (const journal of readable) {
        for (const [index, raw] of journal.entries.entries()) {
          const where = `${baseName(journal.name)}, entry ${index + 1}`;
          yield raw && typeof raw === 'object' ? dayOneEntry(raw, where, photoMd5) : { where, reason: 'The entry is not an object.' };
        }
      }
    },
    picture(key) {
      const member = photos.get(key.toLowerCase());
      return member && archive ? { bytes: archive.read(member), name: baseName(member.name) } : null;
    },
  };
}
