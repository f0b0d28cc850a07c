// A zip of a Markdown folder (Obsidian vault, daily notes, jrnl or Joplin export, Afterword's own) or a single .md, as an ImportSource.
import { AppError } from '../errors/AppError';
import type { ImportSource } from './importTypes';
import { splitJrnlJournal } from './jrnlMarkdown';
import { markdownEntry, type MarkdownFile } from './markdownEntry';
import { isZip, ZipArchive, type ZipBytes, type ZipMember } from './zipArchive';

const IS_MARKDOWN = /\.(md|markdown)$/i;
/** App folders (.obsidian, .trash) and macOS's __MACOSX copies hold no entries. */
const IGNORED = /(^|\/)(\.[^/]*|__MACOSX)\//;

const noMarkdown = () =>
  new AppError(
    'INVALID_INPUT',
    'No Markdown (.md) files were found in this file. Choose a .md file or a .zip of a folder of them. Nothing was imported.',
  );

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/** A single file must be text: UTF-8 without NUL bytes (a picture or a database file chosen by mistake is not). */
function markdownText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw noMarkdown();
  }
  if (text.includes('\0')) throw noMarkdown();
  return text;
}

/** One file is one entry, except jrnl's whole-journal export, which holds them all. */
function* entriesOf(file: MarkdownFile) {
  for (const piece of splitJrnlJournal(file) ?? [file]) yield markdownEntry(piece);
}

/** A zip's notes and pictures are read one at a time from the file as the import reaches them. */
export function markdownSource(file: ZipBytes, fileName = 'the file'): ImportSource {
  if (!isZip(file)) {
    const text = markdownText(file.read(0, file.byteLength));
    return {
      total: 1,
      *entries() {
        yield* entriesOf({ path: fileName, text, modified: new Date() });
      },
      picture: () => null,
    };
  }
  const archive = new ZipArchive(file);
  const files = archive.members.filter((m) => IS_MARKDOWN.test(m.name) && !IGNORED.test(m.name));
  if (files.length === 0) throw noMarkdown();
  const byPath = new Map(archive.members.map((m) => [m.name, m]));
  // Obsidian finds an embedded picture by its name anywhere in the vault.
  const byName = new Map<string, ZipMember>();
  for (const member of archive.members) byName.set(member.name.slice(member.name.lastIndexOf('/') + 1).toLowerCase(), member);
  return {
    total: files.length,
    *entries() {
      for (const member of files) yield* entriesOf({ path: member.name, text: decode(archive.read(member)), modified: member.modified });
    },
    picture(key) {
      const member = byPath.get(key) ?? byName.get(key.slice(key.lastIndexOf('/') + 1).toLowerCase());
      return member ? { bytes: archive.read(member), name: member.name } : null;
    },
  };
}
