// The sealed temporary file a job writes: whatever the mix and size of pieces, what streams out is exactly what went in, and no
// plaintext of it is on disk.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSealedTarget, createSealedWriter, openSealedTarget } from '../../../../electron/core/files/sealedTempFile';
import { answerBytes } from '../../helpers/sealedAnswer';

const dir = mkdtempSync(path.join(os.tmpdir(), 'afterword-sealed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MiB = 1024 * 1024;

/** Writes the pieces (strings as text, the rest as bytes) and answers the sealed file's bytes on disk and what streams out of it. */
async function roundTrip(pieces: Array<string | Uint8Array>) {
  const target = openSealedTarget(dir);
  const writer = createSealedWriter(target);
  for (const piece of pieces) {
    if (typeof piece === 'string') writer.write(piece);
    else writer.writeBytes(piece);
  }
  const sealed = writer.finish();
  closeSealedTarget(target, false);
  const onDisk = readFileSync(sealed.path);
  const out = Buffer.from(await answerBytes({ fileName: 'x', mimeType: 'application/octet-stream', sealed }));
  return { sealed, onDisk, out };
}

describe('sealed temporary file', () => {
  it('gives back exactly the text and bytes written, across buffer boundaries, multi-byte characters and pieces larger than the buffer', async () => {
    const reused = Buffer.from('reused buffer, first contents');
    const pieces: Array<string | Uint8Array> = [
      '{ "start": ',
      'ü€😀 '.repeat(100_000),
      reused,
      'x'.repeat(MiB - 3),
      'é'.repeat(2 * MiB),
      Buffer.alloc(3 * MiB, 7),
      new Uint8Array(Buffer.from('a view into a larger buffer').buffer, 2, 10),
      '',
      'end }',
    ];
    const expected = Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece))));
    const { sealed, onDisk, out } = await roundTrip(pieces);
    expect(sealed.byteLength).toBe(expected.length);
    expect(onDisk.length).toBe(expected.length);
    expect(out.equals(expected)).toBe(true);
  });

  it('keeps no plaintext on disk', async () => {
    const marker = 'a sentence nobody else may read. ';
    const { onDisk } = await roundTrip([marker.repeat(50_000), Buffer.from(marker.repeat(50_000))]);
    expect(onDisk.includes(Buffer.from(marker))).toBe(false);
  });

  it('takes a copy of bytes it is handed, so a caller may reuse its buffer at once', async () => {
    const chunk = Buffer.from('first');
    const target = openSealedTarget(dir);
    const writer = createSealedWriter(target);
    writer.writeBytes(chunk);
    chunk.write('later');
    const sealed = writer.finish();
    closeSealedTarget(target, false);
    const out = Buffer.from(await answerBytes({ fileName: 'x', mimeType: 'application/octet-stream', sealed }));
    expect(out.toString()).toBe('first');
  });
});
