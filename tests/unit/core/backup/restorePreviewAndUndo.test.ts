import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileBytes } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { call, fingerprint, makeTempDir, openTestJournal } from '../../helpers/tempJournal';
import { asFileBytes } from '../../helpers/sealedAnswer';

const BACKUP_PASSPHRASE = 'correct horse battery staple';
const CURRENT_PASSPHRASE = 'the passphrase of today';

describe('restore says what it will do and can be undone', () => {
  let temps: Array<{ dir: string; cleanup: () => void }>;
  let journals: Journal[];
  const fresh = () => {
    const temp = makeTempDir();
    temps.push(temp);
    const journal = openTestJournal(temp.dir);
    journals.push(journal);
    return { dir: temp.dir, journal };
  };
  beforeEach(() => {
    temps = [];
    journals = [];
  });
  afterEach(() => {
    journals.forEach((journal) => journal.close());
    temps.forEach((temp) => temp.cleanup());
  });

  async function backupWith(entries: number, trashed = 0): Promise<FileBytes> {
    const { journal } = fresh();
    await call(journal, 'vault.create', { passphrase: BACKUP_PASSPHRASE });
    for (let i = 0; i < entries + trashed; i++) {
      const entry = await call(journal, 'entries.create', { title: `from the backup ${i}` });
      if (i >= entries) await call(journal, 'entries.trash', { id: entry.id });
    }
    return asFileBytes(call(journal, 'backup.create'));
  }

  async function currentWith(entries: number) {
    const current = fresh();
    await call(current.journal, 'vault.create', { passphrase: CURRENT_PASSPHRASE });
    for (let i = 0; i < entries; i++) await call(current.journal, 'entries.create', { title: `written after the backup ${i}` });
    return current;
  }

  it('previews a restore (backup date and entries, current entries) without changing a byte', async () => {
    const backup = await backupWith(2, 1);
    const current = await currentWith(3);
    const before = fingerprint(current.dir);
    const preview = await call(current.journal, 'backup.restore', {
      passphrase: BACKUP_PASSPHRASE,
      file: new Uint8Array(backup.data),
      preview: true,
    });
    expect(preview).toEqual({ createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), entries: 2, currentEntries: 3, replaced: null });
    expect(fingerprint(current.dir)).toEqual(before);
    expect((await call(current.journal, 'entries.list')).items).toHaveLength(3);
  });

  it('undoes a restore: the replaced journal comes back, unlocked with its own passphrase, and the restored one is kept aside', async () => {
    const backup = await backupWith(2);
    const current = await currentWith(3);
    const restored = await call(current.journal, 'backup.restore', { passphrase: BACKUP_PASSPHRASE, file: new Uint8Array(backup.data) });
    expect(restored).toMatchObject({ entries: 2, currentEntries: 3, replaced: expect.stringMatching(/^replaced-/) });
    expect((await call(current.journal, 'entries.list')).items).toHaveLength(2);

    const undone = await call(current.journal, 'backup.undoRestore', { replaced: restored.replaced!, passphrase: CURRENT_PASSPHRASE });
    expect(undone).toEqual({ unlocked: true, replaced: expect.stringMatching(/^replaced-/) });
    expect((await call(current.journal, 'entries.list')).items.map((e: { title: string }) => e.title)).toContain(
      'written after the backup 0',
    );
    expect((await call(current.journal, 'entries.list')).items).toHaveLength(3);
  });

  it('puts the replaced journal back but leaves it locked when the secret given is the backup’s, not its own', async () => {
    const backup = await backupWith(1);
    const current = await currentWith(1);
    const restored = await call(current.journal, 'backup.restore', { passphrase: BACKUP_PASSPHRASE, file: new Uint8Array(backup.data) });
    const undone = await call(current.journal, 'backup.undoRestore', { replaced: restored.replaced!, passphrase: BACKUP_PASSPHRASE });
    expect(undone.unlocked).toBe(false);
    await call(current.journal, 'vault.unlock', { passphrase: CURRENT_PASSPHRASE });
    expect((await call(current.journal, 'entries.list')).items[0]!.title).toBe('written after the backup 0');
  });

  it('refuses to undo into a folder that is not a replaced journal', async () => {
    const current = await currentWith(1);
    for (const replaced of ['../elsewhere', 'replaced-1/../../x', 'backups']) {
      expect(await current.journal.dispatch('backup.undoRestore', { replaced, passphrase: CURRENT_PASSPHRASE })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(
      await current.journal.dispatch('backup.undoRestore', { replaced: 'replaced-2020', passphrase: CURRENT_PASSPHRASE }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await call(current.journal, 'vault.status')).unlocked).toBe(true);
  });

  it('lists automatic backups with the number of entries they hold', async () => {
    const current = await currentWith(2);
    await call(current.journal, 'vault.lock');
    await call(current.journal, 'vault.unlock', { passphrase: CURRENT_PASSPHRASE });
    // The day's backup is written in the background after unlock (issue 12).
    await current.journal.idle();
    const { items } = await call(current.journal, 'backup.listAutomatic');
    expect(items).toEqual([expect.objectContaining({ kind: 'daily', entries: 2 })]);
  });
});
