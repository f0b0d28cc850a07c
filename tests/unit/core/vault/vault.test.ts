import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { canonicalJson } from '../../../../electron/core/vault/canonicalJson';
import { call, fingerprint, listFiles, makeTempDir, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';

const PASSPHRASE = 'correct horse battery staple';

describe('vault', () => {
  let dir: string;
  let cleanup: () => void;
  let journal: Journal;

  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
    journal = openTestJournal(dir);
  });
  afterEach(() => {
    journal.close();
    cleanup();
  });

  it('creates a journal, reports its status and returns a recovery code in groups of four', async () => {
    expect(await call(journal, 'vault.status')).toEqual({ exists: false, unlocked: false });
    const { recoveryCode } = await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await call(journal, 'vault.status')).toEqual({ exists: true, unlocked: true, pendingStep: 'recovery-code' });
  });

  it('refuses to create a second journal over the first', async () => {
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    const result = await journal.dispatch('vault.create', { passphrase: 'another passphrase' });
    expect(result).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS' } });
  });

  it('rejects a wrong passphrase with WRONG_PASSPHRASE and leaves every file byte-for-byte unchanged', async () => {
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    await call(journal, 'entries.create', { title: 'before', doc: paragraphDoc('kept safe') });
    await call(journal, 'vault.lock');
    // The wrong-attempt ledger is the one file a wrong guess writes (it must survive a restart).
    const before = fingerprint(dir, ['attempts.json']);
    const result = await journal.dispatch('vault.unlock', { passphrase: 'not the passphrase' });
    expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(result.ok ? '' : result.error.message).toMatch(/passphrase is not right/);
    expect(fingerprint(dir, ['attempts.json'])).toEqual(before);
    expect(await call(journal, 'vault.status')).toEqual({ exists: true, unlocked: false });
  });

  it('unlocks with the recovery code, typed in lower case and without dashes', async () => {
    const { recoveryCode } = await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    const entry = await call(journal, 'entries.create', { title: 'remember this' });
    await call(journal, 'vault.lock');
    const typed = recoveryCode.replace(/-/g, ' ').toLowerCase();
    await call(journal, 'vault.unlock', { recoveryCode: typed });
    expect((await call(journal, 'entries.get', { id: entry.id })).title).toBe('remember this');
  });

  it('rejects a wrong recovery code with WRONG_RECOVERY_CODE', async () => {
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    await call(journal, 'vault.lock');
    const result = await journal.dispatch('vault.unlock', { recoveryCode: '0000-0000-0000-0000-0000-0000-0000-0000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
  });

  it('answers LOCKED for entry methods while locked', async () => {
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    await call(journal, 'vault.lock');
    expect(await journal.dispatch('entries.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await journal.dispatch('entries.create', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('emits vault.locked when locked', async () => {
    const events: string[] = [];
    journal.onEvent((event) => events.push(`${event.name}:${event.reason}`));
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    journal.lock('idle');
    expect(events).toEqual(['vault.locked:idle']);
  });
});

describe('vault files on disk', () => {
  let dir: string;
  let cleanup: () => void;
  let journal: Journal;

  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    journal = openTestJournal(dir);
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
  });
  afterEach(() => {
    journal.close();
    cleanup();
  });

  it('stores no plaintext: a marker in titles and bodies appears in no file (db, -wal, -shm, vault.json)', async () => {
    const marker = 'MARKER-7f3a9c-unmistakable';
    for (let i = 0; i < 20; i++) {
      await call(journal, 'entries.create', { title: `${marker} title ${i}`, doc: paragraphDoc(`${marker} body ${i} `.repeat(50)) });
    }
    const check = () => {
      const files = listFiles(dir);
      expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['journal.db', 'vault.json']));
      for (const file of files) {
        const bytes = readFileSync(file);
        expect(bytes.includes(Buffer.from(marker)), `${path.basename(file)} contains the marker`).toBe(false);
        expect(bytes.includes(Buffer.from(marker, 'utf16le')), `${path.basename(file)} contains the marker (UTF-16)`).toBe(false);
      }
    };
    expect(listFiles(dir).map((f) => path.basename(f))).toContain('journal.db-wal');
    check();
    await call(journal, 'vault.lock');
    check();
  });

  it('encrypts the database header: it does not start with "SQLite format 3"', async () => {
    await call(journal, 'vault.lock');
    const header = readFileSync(path.join(dir, 'journal.db')).subarray(0, 16);
    expect(header.toString('latin1')).not.toContain('SQLite format 3');
  });

  it('fails authentication with VAULT_TAMPERED when vault.json was edited', async () => {
    await call(journal, 'vault.lock');
    const file = path.join(dir, 'vault.json');
    // Without its spare copy, which would stand in for a damaged file (see keyFileCopies.test.ts).
    rmSync(`${file}.prev`);
    const original = JSON.parse(readFileSync(file, 'utf8'));
    const edits: Array<(v: any) => void> = [
      (v) => (v.createdAt = '2020-01-01T00:00:00.000Z'),
      (v) => (v.slots[0].kdf.iterations += 1),
      (v) =>
        (v.slots[0].wrapped.ciphertext = Buffer.from(
          Buffer.from(v.slots[0].wrapped.ciphertext, 'base64').map((b: number) => b ^ 1),
        ).toString('base64')),
      (v) => v.slots.pop(),
    ];
    for (const edit of edits) {
      const tampered = structuredClone(original);
      edit(tampered);
      writeFileSync(file, JSON.stringify(tampered));
      const result = await journal.dispatch('vault.unlock', { passphrase: PASSPHRASE });
      expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_TAMPERED' } });
      expect(result.ok ? '' : result.error.message).toMatch(/vault\.json/);
    }
    // A deliberate edit that also recomputes the plain checksum is caught by the keyed MAC.
    const forged = structuredClone(original);
    forged.createdAt = '2019-05-05T00:00:00.000Z';
    const { mac: _mac, checksum: _checksum, ...unsigned } = forged;
    forged.checksum = createHash('sha256').update(canonicalJson(unsigned)).digest('hex');
    writeFileSync(file, JSON.stringify(forged));
    expect(await journal.dispatch('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_TAMPERED' },
    });
    expect(await call(journal, 'vault.status')).toMatchObject({ unlocked: false });

    writeFileSync(file, '{ not json');
    expect(await journal.dispatch('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_TAMPERED' },
    });
    writeFileSync(file, JSON.stringify(original));
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
  });

  it('writes vault.json with owner-only permissions', async () => {
    if (process.platform === 'win32') return;
    const { statSync } = await import('node:fs');
    expect(statSync(path.join(dir, 'vault.json')).mode & 0o077).toBe(0);
  });
});

describe('vault at full Argon2id cost', () => {
  it('creates and unlocks with m=64 MiB, t=3, p=1 as stored in the key slot', async () => {
    const { dir, cleanup } = makeTempDir();
    const { createJournal } = await import('../../../../electron/core/journal');
    const journal = createJournal({ dataDir: dir });
    try {
      await call(journal, 'vault.create', { passphrase: PASSPHRASE });
      const slots = JSON.parse(readFileSync(path.join(dir, 'vault.json'), 'utf8')).slots;
      expect(slots.map((s: any) => s.kdf)).toEqual([
        expect.objectContaining({ name: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 }),
        expect.objectContaining({ name: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 }),
      ]);
      expect(Buffer.from(slots[0].kdf.salt, 'base64')).toHaveLength(16);
      await call(journal, 'vault.lock');
      await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    } finally {
      journal.close();
      cleanup();
    }
  });
});

describe('locking with a grace period', () => {
  it('asks the renderer to save first and locks as soon as it answers with vault.lock', async () => {
    const { dir, cleanup } = makeTempDir();
    const journal = openTestJournal(dir);
    try {
      await call(journal, 'vault.create', { passphrase: PASSPHRASE });
      const events: string[] = [];
      journal.onEvent((event) => {
        events.push(`${event.name}:${event.reason}`);
        // The renderer's part: save, then lock with the host's reason.
        if (event.name === 'vault.willLock') void journal.dispatch('vault.lock', { reason: event.reason });
      });
      const started = Date.now();
      await journal.requestLock('idle', 10_000);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(events).toEqual(['vault.willLock:idle', 'vault.locked:idle']);
      expect(journal.isUnlocked()).toBe(false);
    } finally {
      journal.close();
      cleanup();
    }
  });

  it('locks after the grace period when nobody answers', async () => {
    const { dir, cleanup } = makeTempDir();
    const journal = openTestJournal(dir);
    try {
      await call(journal, 'vault.create', { passphrase: PASSPHRASE });
      const events: string[] = [];
      journal.onEvent((event) => events.push(`${event.name}:${event.reason}`));
      await journal.requestLock('suspend', 50);
      expect(events).toEqual(['vault.willLock:suspend', 'vault.locked:suspend']);
      expect(await call(journal, 'vault.status')).toEqual({ exists: true, unlocked: false });
    } finally {
      journal.close();
      cleanup();
    }
  });
});
