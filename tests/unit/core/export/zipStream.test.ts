// The Markdown export's zip: files deflated by zlib, pictures stored, and an archive the system's own unzip tests clean.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { zipStream } from '../../../../electron/core/export/zipStream';

const dir = mkdtempSync(path.join(os.tmpdir(), 'afterword-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2026-06-01T10:00:00Z');

function archive(files: Record<string, { data: Uint8Array; stored?: boolean }>): { bytes: Buffer; chunks: number } {
  const chunks: Uint8Array[] = [];
  const zip = zipStream(NOW, (chunk) => chunks.push(chunk));
  zip.folder('root');
  for (const [name, { data, stored }] of Object.entries(files)) (stored ? zip.stored : zip.file)(`root/${name}`, data);
  zip.end();
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

describe('zipStream', () => {
  it('gives back every file exactly, text deflated and pictures stored, handed out piece by piece', () => {
    const text = Buffer.from('Écrit à la main. '.repeat(5_000), 'utf8');
    const picture = Buffer.from(Array.from({ length: 4_000 }, (_, i) => (i * 7919) % 256));
    const { bytes, chunks } = archive({
      'a.md': { data: text },
      'empty.md': { data: new Uint8Array(0) },
      'p.png': { data: picture, stored: true },
    });
    const methods: Record<string, number> = {};
    const files = unzipSync(bytes, { filter: (file: UnzipFileInfo) => ((methods[file.name] = file.compression), true) });
    expect(Buffer.from(files['root/a.md']!).equals(text)).toBe(true);
    expect(files['root/empty.md']).toEqual(new Uint8Array(0));
    expect(Buffer.from(files['root/p.png']!).equals(picture)).toBe(true);
    expect(methods).toEqual({ 'root/': 0, 'root/a.md': 8, 'root/empty.md': 8, 'root/p.png': 0 });
    // Deflated to far less than the repetitive text; many pieces, not one.
    expect(bytes.length).toBeLessThan(text.length / 10 + picture.length + 1_000);
    expect(chunks).toBeGreaterThan(3);
    expect(crc32(files['root/a.md']!)).toBe(crc32(text));
  });

  it('is an archive the system unzip tests without an error', () => {
    const file = path.join(dir, 'export.zip');
    writeFileSync(
      file,
      archive({ 'a.md': { data: Buffer.from('# A day\n\nWords.\n') }, 'p.png': { data: Buffer.alloc(300, 1), stored: true } }).bytes,
    );
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
  });
});
