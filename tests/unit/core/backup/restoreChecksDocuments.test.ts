// A backup is a file from outside: once restored and open, its documents go through the same check as migration 0003.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docSchema } from '../../../../electron/contract';
import { snapshotBackup } from '../../../../electron/core/backup/snapshot';
import { Vault } from '../../../../electron/core/vault/vault';
import { call, CHEAP_KDF, makeTempDir, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';
import { asFileBytes } from '../../helpers/sealedAnswer';

const PASSPHRASE = 'correct horse battery staple';
const HOSTILE = {
  type: 'doc',
  content: [
    { type: 'prompt', attrs: { text: ['img', { src: 'x', onerror: 'steal()' }] } },
    { type: 'paragraph', content: [{ type: 'text', text: 'words to keep' }] },
  ],
};

describe('restoring a backup with a hostile document', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('opens the restored journal with the document quarantined as plain words', async () => {
    const source = makeTempDir();
    cleanups.push(source.cleanup);
    const vault = new Vault({ dataDir: source.dir, kdfCost: CHEAP_KDF });
    await vault.create(PASSPHRASE);
    const db = vault.database();
    db.prepare(
      `INSERT INTO entries (id, entry_date, created_at, updated_at, doc) VALUES ('7b0c6f3e-8c4d-4e7a-9b1a-2c3d4e5f6a7b', '2026-03-03', 'x', 'x', ?)`,
    ).run(JSON.stringify(HOSTILE));
    const backup = snapshotBackup({ db, keyFilePath: path.join(source.dir, 'vault.json'), workDir: source.dir });
    vault.lock();

    const target = makeTempDir();
    const journal = openTestJournal(target.dir);
    cleanups.push(() => {
      journal.close();
      target.cleanup();
    });
    await call(journal, 'backup.restore', { passphrase: PASSPHRASE, file: new Uint8Array(backup) });
    const entry = await call(journal, 'entries.get', { id: '7b0c6f3e-8c4d-4e7a-9b1a-2c3d4e5f6a7b' });
    expect(docSchema.safeParse(entry.doc).success).toBe(true);
    expect(JSON.stringify(entry.doc)).toContain('words to keep');
    expect(JSON.stringify(entry.doc)).toContain('steal()');
    expect(entry.doc.content?.every((block: { type: string }) => block.type === 'paragraph')).toBe(true);
  });

  it('leaves a clean backup exactly as it was', async () => {
    const source = makeTempDir();
    cleanups.push(source.cleanup);
    const journal = openTestJournal(source.dir);
    cleanups.push(() => journal.close());
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    const entry = await call(journal, 'entries.create', { doc: paragraphDoc('fine') });
    const backup = await asFileBytes(call(journal, 'backup.create'));
    await call(journal, 'backup.restore', { passphrase: PASSPHRASE, file: new Uint8Array(backup.data) });
    expect(await call(journal, 'entries.get', { id: entry.id })).toEqual(entry);
  });
});
