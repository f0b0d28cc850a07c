// Uploads through the browser host: streamed to disk sealed while core reads them, never plaintext at rest, gone after the call.
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { AppEvent } from '../../../electron/contract';
import { para } from '../helpers/sampleEntries';
import { answerJson } from '../helpers/sealedAnswer';
import { call, createJournalForTest, listFiles } from '../helpers/tempJournal';
import { startTestHost, TEST_TOKEN } from '../helpers/testHost';

const MARKER = 'PLAINTEXT-MARKER-5e2d71';
const PASSPHRASE = 'a good long passphrase';

function exportFile(count: number): Buffer {
  const entries = Array.from({ length: count }, (_, n) => ({
    id: `8b0b5c1e-52a4-4e38-9a55-${n.toString(16).padStart(12, '0')}`,
    entryDate: '2026-01-02',
    createdAt: '2026-01-02T08:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
    title: `Entry ${n}`,
    mood: null,
    templateId: null,
    templateVersion: null,
    favorite: false,
    version: 1,
    tags: ['harbour'],
    doc: { type: 'doc', content: [para(`${MARKER} ${n} what I would tell no one`)] },
  }));
  return Buffer.from(JSON.stringify({ format: 'afterword-journal', version: 1, exportedAt: '2026-01-03T00:00:00Z', entries }));
}

const uploads = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.upload-'));

describe('uploads through the browser host', () => {
  it('import.json reads a sealed upload: no plaintext of it on disk while importing, nothing left after, the same as from bytes', async () => {
    const host = await startTestHost();
    onTestFinished(() => host.stop());
    await call(host.journal, 'vault.create', { passphrase: PASSPHRASE });
    const file = exportFile(1500);
    const seen = { scans: 0, sealedUploads: 0 };
    host.journal.onEvent((event: AppEvent) => {
      if (event.name !== 'import.progress') return;
      seen.scans += 1;
      seen.sealedUploads += uploads(host.dataDir).length;
      for (const name of listFiles(host.dataDir)) expect(readFileSync(name).includes(MARKER), name).toBe(false);
    });
    const res = await host.api('import.json', file, { 'content-type': 'application/json' });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { imported: 1500, skipped: 0 } });
    expect(seen.scans).toBeGreaterThan(2);
    expect(seen.sealedUploads).toBe(seen.scans);
    expect(uploads(host.dataDir)).toEqual([]);

    const { journal } = await createJournalForTest();
    await call(journal, 'import.json', { file: new Uint8Array(file) });
    const exported = async (j: typeof journal) => (await answerJson(await call(j, 'export.json', { scope: { all: true } }))).entries;
    expect(await exported(host.journal)).toEqual(await exported(journal));
  });

  it('refuses an upload past the limit while it streams (no length declared) and leaves no file behind', async () => {
    const host = await startTestHost({}, { maxUploadBytes: 1024 * 1024 });
    onTestFinished(() => host.stop());
    await call(host.journal, 'vault.create', { passphrase: PASSPHRASE });
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/import.json',
          method: 'POST',
          headers: { authorization: `Bearer ${TEST_TOKEN}`, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(256 * 1024, 32);
      for (let sent = 0; sent <= 2 * 1024 * 1024; sent += chunk.length) req.write(chunk);
      req.end();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/larger than 1 MiB, so nothing was changed/);
    expect(uploads(host.dataDir)).toEqual([]);
  });
});
