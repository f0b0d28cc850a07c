// The zip reader behind Day One and Markdown imports: ZIP64 archives as CPython writes them, one member read at a time from
// the file (never the whole of it), and a clear refusal of a damaged one.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../electron/contract';
import { readerOfBytes, type UploadReader } from '../../../../electron/core/files/uploadReader';
import { ZipArchive } from '../../../../electron/core/imports/zipArchive';
import type { Journal } from '../../../../electron/core/journal';
import { call, withCreatedJournal } from '../../helpers/tempJournal';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/zip64/${name}`));
const png = readFileSync('tests/fixtures/obsidian/vault/test.png');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** An UploadReader that counts the bytes asked of it. */
function counted(bytes: Uint8Array): UploadReader & { bytesRead: number } {
  const inner = readerOfBytes(bytes);
  const reader = {
    bytesRead: 0,
    byteLength: inner.byteLength,
    read(position: number, length: number) {
      const chunk = inner.read(position, length);
      reader.bytesRead += chunk.length;
      return chunk;
    },
    close: () => inner.close(),
  };
  return reader;
}

describe('ZipArchive', () => {
  for (const name of ['zip64-obsidian.zip', 'zip64-placeholders.zip']) {
    it(`reads ${name}: ZIP64 sizes and offsets (and the ZIP64 end record where the classic one holds placeholders)`, () => {
      const archive = new ZipArchive(readerOfBytes(fixture(name)));
      expect(archive.members.map((m) => [m.name, m.size])).toEqual([
        ['vault/2024-05-01 A long walk.md', 63],
        ['vault/2024-05-02.md', 22],
        ['vault/pictures/river.png', png.length],
      ]);
      const [walk, stored, picture] = archive.members;
      expect(text(archive.read(walk!))).toBe('# A long walk\n\nWe walked to the river and back. ![[river.png]]\n');
      expect(text(archive.read(stored!))).toBe('Stored, not deflated.\n');
      expect(Buffer.from(archive.read(picture!)).equals(png)).toBe(true);
      expect(walk!.modified.toISOString()).toBe('2024-05-01T21:30:00.000Z');
    });
  }

  it('reads the directory and one member without reading the rest of the file', () => {
    const photo = new Uint8Array(8 * 1024 * 1024).map((_, i) => (i * 7919) % 251);
    const file = counted(zipSync({ 'note.md': strToU8('A small note.'), 'photos/big.jpg': [photo, { level: 0 }] }));
    const archive = new ZipArchive(file);
    expect(text(archive.read(archive.members.find((m) => m.name === 'note.md')!))).toBe('A small note.');
    expect(file.bytesRead).toBeLessThan(100 * 1024);
  });

  it('refuses a file cut short, naming what is wrong', () => {
    const whole = fixture('zip64-obsidian.zip');
    expect(() => new ZipArchive(readerOfBytes(whole.subarray(0, 400)))).toThrow(
      /not a zip archive Afterword can read \(no central directory\)/,
    );
    const archive = new ZipArchive(readerOfBytes(whole));
    const picture = archive.members[2]!;
    const shortened = new ZipArchive(readerOfBytes(whole));
    expect(() => shortened.read({ ...picture, compressedSize: whole.length })).toThrow(/river\.png is cut short/);
  });
});

describe('import.markdown of a ZIP64 archive', () => {
  let journal: Journal;
  withCreatedJournal((opened) => (journal = opened));

  it('imports both notes and the picture one of them embeds', async () => {
    const report = await call(journal, 'import.markdown', { file: fixture('zip64-placeholders.zip') });
    expect(report).toMatchObject({ imported: 2, pictures: 1, failed: [] });
    const { items } = await call(journal, 'entries.list', { limit: 10 });
    const entries: Entry[] = await Promise.all(items.map((item) => call(journal, 'entries.get', { id: item.id })));
    expect(entries.map((e) => e.entryDate).sort()).toEqual(['2024-05-01', '2024-05-02']);
    expect(JSON.stringify(entries.find((e) => e.entryDate === '2024-05-01')!.doc)).toMatch(/"src":"attachment:[0-9a-f-]{36}"/);
  });
});
