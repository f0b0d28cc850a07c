// A sealed upload as the shells write it and core reads it: the same bytes back from any window, never a path core did not expect.
import { createCipheriv, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it, onTestFinished } from 'vitest';
import { JsonBytes } from '../../../../electron/core/export/jsonBytes';
import { checkJsonExport } from '../../../../electron/core/export/jsonImportCheck';
import { arrayElements } from '../../../../electron/core/export/jsonScanner';
import { counterAt, openUpload, uploadBytes } from '../../../../electron/core/files/uploadReader';
import { sealUpload, sweepUploads, UploadTooLargeError } from '../../../../electron/shell/sealedUpload';
import { makeTempDir } from '../../helpers/tempJournal';

function tempDir(): string {
  const temp = makeTempDir('afterword-upload-');
  onTestFinished(temp.cleanup);
  return temp.dir;
}

/** Streamed in uneven pieces, as a request body arrives. */
const pieces = (bytes: Buffer) => Readable.from([bytes.subarray(0, 7), bytes.subarray(7, 70_001), bytes.subarray(70_001)]);

describe('sealed uploads', () => {
  it('are written as ciphertext only and read back exactly from any window, at odd offsets and across pieces', async () => {
    const dir = tempDir();
    const plain = randomBytes(150_003);
    const upload = await sealUpload(pieces(plain), dir, 1024 * 1024);
    expect(upload.byteLength).toBe(plain.length);
    expect(path.basename(upload.path)).toMatch(/^\.upload-[0-9a-f]{16}\.tmp$/);
    const sealed = readFileSync(upload.path);
    expect(sealed.length).toBe(plain.length);
    expect(sealed.indexOf(plain.subarray(5000, 5032))).toBe(-1);
    const reader = openUpload(upload, dir);
    for (const [at, length] of [
      [0, 1],
      [1, 15],
      [15, 2],
      [16, 16],
      [17, 4095],
      [4093, 70_011],
      [150_000, 100],
    ] as const) {
      expect(reader.read(at, length).equals(plain.subarray(at, at + length)), `${at}+${length}`).toBe(true);
    }
    reader.close();
    expect(Buffer.from(uploadBytes(upload, dir)).equals(plain)).toBe(true);
  });

  it('deciphers at an offset whose counter carries across bytes and wraps past 2^128, as AES-CTR does', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const plain = randomBytes(4096);
    for (const iv of [Buffer.alloc(16, 0xff), Buffer.from('00000000000000000000000000fffffe', 'hex')]) {
      const file = path.join(dir, `.upload-${randomBytes(8).toString('hex')}.tmp`);
      const cipher = createCipheriv('aes-256-ctr', key, iv);
      writeFileSync(file, Buffer.concat([cipher.update(plain), cipher.final()]));
      const reader = openUpload({ path: file, byteLength: plain.length, key, iv }, dir);
      expect(reader.read(37, 3000).equals(plain.subarray(37, 3037))).toBe(true);
      reader.close();
    }
    expect(counterAt(Buffer.alloc(16, 0xff), 32).toString('hex')).toBe('00000000000000000000000000000001');
    expect(counterAt(Buffer.from('000000000000000000000000ffffffff', 'hex'), 16 * 2).toString('hex')).toBe(
      '00000000000000000000000100000001',
    );
  });

  it('refuses to read a path that is not a sealed upload in the data folder', () => {
    const dir = tempDir();
    const key = new Uint8Array(32);
    const iv = new Uint8Array(16);
    for (const file of [path.join(dir, 'journal.db'), path.join(dir, 'sub', '.upload-0123456789abcdef.tmp'), '/etc/passwd'])
      expect(() => openUpload({ path: file, byteLength: 1, key, iv }, dir)).toThrow(/not one Afterword made/);
  });

  it('stops at the size limit while streaming and leaves no file behind', async () => {
    const dir = tempDir();
    await expect(sealUpload(pieces(randomBytes(150_000)), dir, 100_000)).rejects.toBeInstanceOf(UploadTooLargeError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('are swept at start when a crash left them, and nothing else is', async () => {
    const dir = tempDir();
    const left = await sealUpload(pieces(randomBytes(100)), dir, 1000);
    writeFileSync(path.join(dir, 'journal.db'), 'kept');
    writeFileSync(path.join(dir, '.upload-notours.tmp'), 'kept');
    sweepUploads(dir);
    expect(existsSync(left.path)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['.upload-notours.tmp', 'journal.db']);
  });
});

describe('the JSON scanner over windows', () => {
  const entry = (n: number) => ({
    id: `8b0b5c1e-52a4-4e38-9a55-${n.toString(16).padStart(12, '0')}`,
    text: `${'日本語 🌊 "q" \\ '.repeat(n % 40)}${n}`,
  });
  const file = Buffer.from(JSON.stringify({ entries: Array.from({ length: 2000 }, (_, n) => entry(n)) }, null, 1));

  it('finds the same elements through a small window as through the whole file, across many window edges', async () => {
    const whole = new JsonBytes(openUpload(file, ''), file.length);
    const small = new JsonBytes(openUpload(file, ''), 1000);
    expect(await small.isUtf8(() => undefined)).toBe(true);
    const member = { key: 'entries', start: file.indexOf('['), end: file.lastIndexOf(']') + 1 };
    expect([...arrayElements(small, member)]).toEqual([...arrayElements(whole, member)]);
    expect([...arrayElements(small, member)]).toHaveLength(2000);
  });

  it('finds a broken character wherever a window edge falls, and accepts every whole one', async () => {
    const text = Buffer.from('aé日🌊'.repeat(50));
    for (let window = 1; window <= 12; window += 1) {
      expect(await new JsonBytes(openUpload(text, ''), window).isUtf8(() => undefined), `window ${window}`).toBe(true);
      const broken = Buffer.concat([text.subarray(0, 101), Buffer.from([0xf0, 0x9f]), text.subarray(101)]);
      expect(await new JsonBytes(openUpload(broken, ''), window).isUtf8(() => undefined), `window ${window}`).toBe(false);
    }
  });

  it('checks a whole export the same way through a small window', async () => {
    const exportFile = Buffer.from(
      JSON.stringify({ format: 'afterword-journal', version: 1, exportedAt: '2026-01-03T00:00:00Z', entries: [], more: file.toString() }),
    );
    const checked = await checkJsonExport(new JsonBytes(openUpload(exportFile, ''), 777));
    expect(checked.entryCount).toBe(0);
  });
});
