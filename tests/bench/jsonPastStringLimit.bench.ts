// export.json and import.json of a journal whose JSON file is larger than V8's ~512 MiB string limit (the old whole-file
// export failed with "Invalid string length"; the old import with "not UTF-8 text"): pictures make it large fast.
import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { constants } from 'node:buffer';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { AttachmentsRepository } from '../../electron/core/attachments/attachmentsRepository';
import { createJournal } from '../../electron/core/journal';
import { Vault } from '../../electron/core/vault/vault';
import type { FileOnDisk } from '../../electron/contract';
import { streamSealedFile } from '../../electron/shell/sealedFile';
import { CHEAP_KDF, makeTempDir } from '../unit/helpers/tempJournal';

const PASSPHRASE = 'a passphrase for the large export';
/** 2,000 × 2,000 pixels of noise, stored uncompressed: 12 MB each, distinct, so the file grows by 16 MB of base64 per picture. */
const EDGE = 2000;
const PICTURES = 42;

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const hwm = () => Math.round(Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024);
/** VmHWM from here on (Linux: clear_refs 5 resets the high-water mark). */
const resetPeak = () => writeFileSync('/proc/self/clear_refs', '5');

async function noisePicture(): Promise<Buffer> {
  return sharp(randomBytes(EDGE * EDGE * 3), { raw: { width: EDGE, height: EDGE, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

it(`exports and imports a JSON file larger than V8's string limit (${PICTURES} pictures of ${EDGE} px)`, async () => {
  const source = makeTempDir('afterword-bench-large-');
  const target = makeTempDir('afterword-bench-large-import-');
  try {
    const vault = new Vault({ dataDir: source.dir, kdfCost: CHEAP_KDF });
    await vault.create(PASSPHRASE);
    const repo = new AttachmentsRepository(vault.database());
    const ids: string[] = [];
    for (let i = 0; i < PICTURES; i += 1) {
      const data = await noisePicture();
      ids.push(repo.put({ mimeType: 'image/png', width: EDGE, height: EDGE, data }, new Date()).id);
    }
    vault.lock();
    const journal = createJournal({ dataDir: source.dir, kdfCost: CHEAP_KDF });
    expect((await journal.dispatch('vault.unlock', { passphrase: PASSPHRASE })).ok).toBe(true);
    for (const [n, id] of ids.entries()) {
      const doc = { type: 'doc', content: [{ type: 'image', attrs: { src: `attachment:${id}`, alt: `noise ${n}` } }] };
      expect((await journal.dispatch('entries.create', { entryDate: '2026-06-01', title: `Picture ${n}`, doc })).ok).toBe(true);
    }
    resetPeak();
    let started = performance.now();
    const answer = await journal.dispatch('export.json', { scope: { all: true } });
    if (!answer.ok) throw new Error(answer.error.message);
    // Saved as a shell saves it: streamed out of the sealed file into the file the person chose.
    const saved = path.join(target.dir, 'export.json');
    await streamSealedFile((answer.value as FileOnDisk).sealed, createWriteStream(saved));
    const exportSeconds = (performance.now() - started) / 1000;
    const exportPeak = hwm();
    journal.close();
    const bytes = new Uint8Array(readFileSync(saved));
    // Past what one string may hold: the old export (JSON.stringify of the whole file) could not make it, nor the old import read it.
    expect(bytes.byteLength).toBeGreaterThan(constants.MAX_STRING_LENGTH);

    const fresh = createJournal({ dataDir: target.dir, kdfCost: CHEAP_KDF });
    expect((await fresh.dispatch('vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
    resetPeak();
    started = performance.now();
    const imported = await fresh.dispatch('import.json', { file: bytes });
    const importSeconds = (performance.now() - started) / 1000;
    expect(imported).toMatchObject({ ok: true, value: { imported: PICTURES } });
    expect(await fresh.dispatch('attachments.usage', {})).toMatchObject({ ok: true, value: { pictures: PICTURES } });
    fresh.close();
    process.stdout.write(
      `\nJSON past the string limit (${new Date().toISOString()}, load ${os.loadavg()[0]!.toFixed(1)}): file ${mib(bytes.byteLength)} MiB ` +
        `(limit ${mib(constants.MAX_STRING_LENGTH)} MiB of UTF-16 units)\n` +
        `export.json ${exportSeconds.toFixed(1)} s, peak ${exportPeak} MiB (written to disk as it went)\n` +
        `import.json ${importSeconds.toFixed(1)} s, peak ${hwm()} MiB (includes the file itself held: ${mib(bytes.byteLength)} MiB)\n`,
    );
  } finally {
    source.cleanup();
    target.cleanup();
  }
});
