import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { call, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';

const PASSPHRASE = 'correct horse battery staple';

/** A real 4 MiB filesystem where the machine lets us mount one (root, Linux); otherwise SQLite's own page limit stands in. */
function mountSmallFilesystem(dir: string): boolean {
  if (process.platform !== 'linux' || process.env.AFTERWORD_TEST_NO_MOUNT) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Fills the disk with one file until the filesystem says no; deleting it is "freeing some space". */
function fillDisk(file: string): void {
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (let i = 0; i < 10_000; i++) writeFileSync(file, chunk, { flag: 'a' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
}

describe('a full disk', () => {
  let mountPoint: string;
  let mounted: boolean;
  let journal: Journal;

  beforeAll(() => {
    mountPoint = mkdtempSync(path.join(os.tmpdir(), 'afterword-full-'));
    mounted = mountSmallFilesystem(mountPoint);
    console.warn(`disk full: ${mounted ? 'a 4 MiB tmpfs' : 'PRAGMA max_page_count (no mount permitted here)'}`);
  });
  afterAll(() => {
    journal?.close();
    if (mounted) execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('fails a save with DISK_FULL and the plain message, keeps earlier entries, and saves the pending text once space returns', async () => {
    const dataDir = path.join(mountPoint, 'journal');
    journal = openTestJournal(dataDir);
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    const earlier = [];
    for (let i = 0; i < 10; i++)
      earlier.push(await call(journal, 'entries.create', { title: `earlier ${i}`, doc: paragraphDoc(`kept ${i}`) }));
    const draft = await call(journal, 'entries.create', { title: 'draft' });

    const filler = path.join(mountPoint, 'filler');
    const capped = mounted ? null : await capDatabase();
    const restrict = mounted ? () => fillDisk(filler) : () => capped!.freeze();
    const release = mounted ? () => rmSync(filler) : () => capped!.lift();
    restrict();
    // Larger than anything the WAL could already hold, so it needs new space.
    const pending = { id: draft.id, baseVersion: draft.version, doc: paragraphDoc('the words that matter '.repeat(20_000)) };
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await journal.dispatch('entries.update', pending);
      expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      expect(result.ok ? '' : result.error.message).toBe(
        'Not saved — your disk is full. Your text is safe here; free some space and it will save.',
      );
    }
    for (const entry of earlier) expect(await call(journal, 'entries.get', { id: entry.id })).toEqual(entry);

    release();
    const saved = await call(journal, 'entries.update', pending);
    expect(saved.doc).toEqual(pending.doc);
    expect(saved.version).toBe(draft.version + 1);
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    expect((await call(journal, 'entries.get', { id: draft.id })).doc).toEqual(pending.doc);
    for (const entry of earlier) expect((await call(journal, 'entries.get', { id: entry.id })).doc).toEqual(entry.doc);
  });
});

/**
 * Without a small filesystem: a second connection cannot cap the journal's, so the cap is set through the dispatcher's own
 * connection by reaching the vault the journal holds (test-only; the product never lowers max_page_count).
 */
async function capDatabase(): Promise<{ freeze(): void; lift(): void }> {
  const { Vault } = await import('../../../../electron/core/vault/vault');
  const original = Vault.prototype.database;
  let limit: number | null = null;
  Vault.prototype.database = function (this: InstanceType<typeof Vault>) {
    const db = original.call(this);
    db.pragma(`max_page_count = ${limit ?? 1_073_741_823}`);
    return db;
  };
  return {
    freeze: () => {
      limit = 1;
    },
    lift: () => {
      limit = null;
    },
  };
}
