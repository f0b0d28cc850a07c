import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { call, fingerprint, makeTempDir, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';
import { asFileBytes } from '../../helpers/sealedAnswer';

const PASSPHRASE = 'correct horse battery staple';
const MARKER = 'MARKER-backup-5e1d-unmistakable';

describe('backup and restore', () => {
  let dirs: Array<{ dir: string; cleanup: () => void }>;
  let journals: Journal[];
  const fresh = () => {
    const temp = makeTempDir();
    dirs.push(temp);
    const journal = openTestJournal(temp.dir);
    journals.push(journal);
    return { dir: temp.dir, journal };
  };

  beforeEach(() => {
    dirs = [];
    journals = [];
  });
  afterEach(() => {
    journals.forEach((j) => j.close());
    dirs.forEach((d) => d.cleanup());
  });

  async function journalWithEntries(count: number) {
    const { dir, journal } = fresh();
    const { recoveryCode } = await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    const entries = [];
    for (let i = 0; i < count; i++) {
      entries.push(
        await call(journal, 'entries.create', { title: `${MARKER} ${i}`, doc: paragraphDoc(`${MARKER} body ${i} — ünïcødé ✓`) }),
      );
    }
    const backup = await asFileBytes(call(journal, 'backup.create'));
    return { dir, journal, recoveryCode, entries, backup };
  }

  it('writes one encrypted file: no plaintext inside, and the journal itself is untouched', async () => {
    const { dir, backup } = await journalWithEntries(5);
    expect(backup.fileName).toMatch(/^Afterword backup \d{4}-\d{2}-\d{2}\.awbackup$/);
    const bytes = Buffer.from(backup.data);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('AFTWBKUP');
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('backup-') && name.endsWith('.tmp'))).toEqual([]);
  });

  it('restores into a fresh data folder with every entry intact, by passphrase or recovery code', async () => {
    const { entries, backup, recoveryCode } = await journalWithEntries(12);
    for (const secret of [{ passphrase: PASSPHRASE }, { recoveryCode }]) {
      const target = fresh();
      await call(target.journal, 'backup.restore', { ...secret, file: new Uint8Array(backup.data) });
      expect(await call(target.journal, 'vault.status')).toMatchObject({ exists: true, unlocked: true });
      for (const entry of entries) expect(await call(target.journal, 'entries.get', { id: entry.id })).toEqual(entry);
      await call(target.journal, 'vault.lock');
      await call(target.journal, 'vault.unlock', { passphrase: PASSPHRASE });
      expect((await call(target.journal, 'entries.list', {})).items).toHaveLength(12);
    }
  });

  it('replaces the current journal only after verifying, keeping the replaced one in replaced-<time>/', async () => {
    const { backup, entries } = await journalWithEntries(2);
    const current = fresh();
    await call(current.journal, 'vault.create', { passphrase: 'the other passphrase' });
    const mine = await call(current.journal, 'entries.create', { title: 'written after the backup' });
    await call(current.journal, 'backup.restore', { passphrase: PASSPHRASE, file: new Uint8Array(backup.data) });
    expect((await call(current.journal, 'entries.get', { id: entries[0]!.id })).title).toBe(entries[0]!.title);
    expect(await current.journal.dispatch('entries.get', { id: mine.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const replaced = readdirSync(current.dir).filter((name) => name.startsWith('replaced-'));
    expect(replaced).toHaveLength(1);
    expect(readdirSync(path.join(current.dir, replaced[0]!))).toEqual(expect.arrayContaining(['journal.db', 'vault.json']));
  });

  it('refuses a wrong passphrase or recovery code and leaves the current journal byte-for-byte untouched', async () => {
    const { backup } = await journalWithEntries(3);
    const current = fresh();
    await call(current.journal, 'vault.create', { passphrase: PASSPHRASE });
    await call(current.journal, 'entries.create', { title: 'mine' });
    await call(current.journal, 'vault.lock');
    const before = fingerprint(current.dir, ['attempts.json']);
    const wrong = await current.journal.dispatch('backup.restore', { passphrase: 'not this one', file: new Uint8Array(backup.data) });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(wrong.ok ? '' : wrong.error.message).toMatch(/backup was made/);
    const wrongCode = await current.journal.dispatch('backup.restore', {
      recoveryCode: '0000-0000-0000-0000-0000-0000-0000-0000',
      file: new Uint8Array(backup.data),
    });
    expect(wrongCode).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    expect(fingerprint(current.dir, ['attempts.json'])).toEqual(before);
  });

  it('counts wrong backup secrets against the same wrong-attempt limit as unlocking', async () => {
    const { backup } = await journalWithEntries(1);
    const target = fresh();
    const codes = [];
    for (let i = 0; i < 7; i++) {
      const result = await target.journal.dispatch('backup.restore', { passphrase: `guess ${i}`, file: new Uint8Array(backup.data) });
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('WRONG_PASSPHRASE'));
    expect(codes).toContain('TOO_MANY_ATTEMPTS');
    // Even the right passphrase waits its turn, so guessing through backups is no faster than at the unlock screen.
    expect(await target.journal.dispatch('backup.restore', { passphrase: PASSPHRASE, file: new Uint8Array(backup.data) })).toMatchObject({
      ok: false,
      error: { code: 'TOO_MANY_ATTEMPTS' },
    });
  });

  it('refuses truncated and corrupted backups with VAULT_CORRUPT and leaves the current journal untouched', async () => {
    const { backup, journal, dir } = await journalWithEntries(3);
    await call(journal, 'vault.lock');
    const before = fingerprint(dir);
    const bytes = Buffer.from(backup.data);
    const bad: Buffer[] = [
      bytes.subarray(0, bytes.length / 2),
      bytes.subarray(0, 100),
      Buffer.alloc(0),
      Buffer.from('not a backup at all'),
    ];
    for (let i = 0; i < 20; i++) {
      const flipped = Buffer.from(bytes);
      flipped[Math.floor(((i + 0.5) * flipped.length) / 20)]! ^= 0x10;
      bad.push(flipped);
    }
    for (const file of bad) {
      const result = await journal.dispatch('backup.restore', { passphrase: PASSPHRASE, file: new Uint8Array(file) });
      expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_CORRUPT' } });
      expect(result.ok ? '' : result.error.message).toMatch(/nothing was changed/);
    }
    expect(fingerprint(dir)).toEqual(before);
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
  });

  it('refuses a backup whose database fails integrity_check even though its container checksums match', async () => {
    const { backup } = await journalWithEntries(3);
    const { decodeBackup, encodeBackup } = await import('../../../../electron/core/backup/backupFormat');
    const parts = decodeBackup(backup.data);
    const database = Buffer.from(parts.database);
    database[database.length - 100]! ^= 0xff;
    const forged = encodeBackup({ createdAt: parts.header.createdAt, schemaVersion: 1, keyFile: parts.keyFile, database });
    const target = fresh();
    const result = await target.journal.dispatch('backup.restore', { passphrase: PASSPHRASE, file: new Uint8Array(forged) });
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_CORRUPT' } });
    expect(result.ok ? '' : result.error.message).toMatch(/integrity check/);
    expect(readdirSync(target.dir)).toEqual([]);
  });

  it('needs the journal unlocked to make a backup, but not to restore one', async () => {
    const { journal } = await journalWithEntries(1);
    await call(journal, 'vault.lock');
    expect(await journal.dispatch('backup.create', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await journal.dispatch('backup.listAutomatic', undefined)).toMatchObject({ ok: true });
  });

  it('writes one automatic backup a day after unlock, finds later damage in the background and restores that backup, keeping the damaged file', async () => {
    const { dir, journal, entries } = await journalWithEntries(4);
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    await journal.idle();
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    await journal.idle();
    const { items } = await call(journal, 'backup.listAutomatic');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'daily', name: expect.stringMatching(/^auto-\d{4}-\d{2}-\d{2}\.awbackup$/) });
    await call(journal, 'vault.lock');

    const db = path.join(dir, 'journal.db');
    const damaged = readFileSync(db);
    damaged.fill(0x5a, 4096, 8192);
    writeFileSync(db, damaged);
    // A cleanly closed journal opens without a scan; the check right after unlock finds the damage, says so and locks.
    const events: AppEvent[] = [];
    journal.onEvent((event) => events.push(event));
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    await journal.idle();
    expect(events).toEqual([
      {
        name: 'background.failed',
        task: 'integrity-check',
        error: { code: 'VAULT_CORRUPT', message: expect.stringMatching(/automatic backup/) },
      },
      { name: 'vault.locked', reason: 'damaged' },
    ]);
    expect(readFileSync(db).equals(damaged)).toBe(true);

    await call(journal, 'backup.restoreAutomatic', { name: items[0]!.name, passphrase: PASSPHRASE });
    for (const entry of entries) expect((await call(journal, 'entries.get', { id: entry.id })).title).toBe(entry.title);
    const aside = readdirSync(dir).find((name) => name.startsWith('replaced-'))!;
    expect(readFileSync(path.join(dir, aside, 'journal.db')).equals(damaged)).toBe(true);
  });

  it('refuses automatic-backup names that would leave the backups folder', async () => {
    const { journal } = await journalWithEntries(1);
    for (const name of ['../vault.json', 'auto-../../x.awbackup', '/etc/passwd']) {
      expect(await journal.dispatch('backup.restoreAutomatic', { name, passphrase: PASSPHRASE })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(await journal.dispatch('backup.restoreAutomatic', { name: 'auto-1999-01-01.awbackup', passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
