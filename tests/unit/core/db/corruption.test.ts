import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent, Entry } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { call, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';

const PASSPHRASE = 'correct horse battery staple';
const DB = 'journal.db';

/** A damaged journal's answer: the error every call must carry when it cannot be trusted. */
function expectCorrupt(error: { code: string; message: string }): void {
  expect(error.code).toBe('VAULT_CORRUPT');
  expect(error.message).toMatch(/restore/i);
}

/**
 * Opens a damaged copy: every answer is an envelope (never a throw). Damage is caught at unlock (a missing or short file, or
 * quick_check after an unclean shutdown), by the quick_check run off-thread right after unlock (which tells the page and
 * locks), or at the first read of a damaged page (SQLCipher's per-page HMAC). Anything not caught must read back exactly as saved.
 */
async function openDamaged(dir: string, expected: Entry[]): Promise<'corrupt' | 'recovered'> {
  const journal = openTestJournal(dir);
  const reported: AppEvent[] = [];
  journal.onEvent((event) => event.name === 'background.failed' && reported.push(event));
  try {
    const damagedBytes = existsSync(path.join(dir, DB)) ? readFileSync(path.join(dir, DB)) : null;
    const result = await journal.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    if (!result.ok) {
      expectCorrupt(result.error);
      // Refusing must leave the damaged file exactly as it was, for a restore to set aside.
      if (damagedBytes) expect(readFileSync(path.join(dir, DB)).equals(damagedBytes)).toBe(true);
      return 'corrupt';
    }
    await journal.idle();
    if (reported.length > 0) {
      for (const event of reported) expectCorrupt(event.error!);
      // Damage found in the background locks the journal: nothing more is read from or written to it.
      expect(journal.isUnlocked()).toBe(false);
      return 'corrupt';
    }
    let caught = false;
    const list = await journal.dispatch('entries.list', { limit: 500 });
    if (!list.ok) return (expectCorrupt(list.error), 'corrupt');
    const items = (list.value as { items: unknown[] }).items;
    for (const entry of expected) {
      const stored = await journal.dispatch('entries.get', { id: entry.id });
      if (!stored.ok) {
        expectCorrupt(stored.error);
        caught = true;
        continue;
      }
      const { title, doc } = stored.value as Entry;
      expect({ title, doc }).toEqual({ title: entry.title, doc: entry.doc });
    }
    if (caught) return 'corrupt';
    expect(items).toHaveLength(expected.length);
    return 'recovered';
  } finally {
    journal.close();
  }
}

describe('a damaged journal is refused with VAULT_CORRUPT or recovered whole, never half', () => {
  let root: string;
  let template: string;
  let entries: Entry[];
  const tally = { tried: 0, corrupt: 0, recovered: 0 };
  const copyOf = (name: string) => {
    const dir = path.join(root, name);
    cpSync(template, dir, { recursive: true });
    return dir;
  };
  const record = (outcome: 'corrupt' | 'recovered') => {
    tally.tried++;
    tally[outcome]++;
  };

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'afterword-corruption-'));
    template = path.join(root, 'template');
    const journal = openTestJournal(template);
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    entries = [];
    for (let i = 0; i < 40; i++)
      entries.push(await call(journal, 'entries.create', { title: `entry ${i}`, doc: paragraphDoc(`text ${i} `.repeat(40)) }));
    journal.close();
    rmSync(path.join(template, 'backups'), { recursive: true, force: true });
  });
  afterAll(() => {
    console.warn(
      `corruption: ${tally.tried} bad files tried, ${tally.corrupt} refused with VAULT_CORRUPT, ${tally.recovered} recovered whole, 0 silent losses`,
    );
    rmSync(root, { recursive: true, force: true });
  });

  it('flipped bytes across the whole database file', async () => {
    const size = statSync(path.join(template, DB)).size;
    for (let i = 0; i < 40; i++) {
      const dir = copyOf(`flip-${i}`);
      const bytes = readFileSync(path.join(dir, DB));
      const at = Math.floor(((i + 0.5) * size) / 40);
      bytes[at]! ^= 1 << (i % 8);
      writeFileSync(path.join(dir, DB), bytes);
      record(await openDamaged(dir, entries));
    }
  });

  it('truncated database files, including an empty one that SQLite would open as a new journal', async () => {
    const size = statSync(path.join(template, DB)).size;
    for (const length of [0, 1, 100, 4095, 4096, 8192, Math.floor(size / 2), size - 4096, size - 1]) {
      const dir = copyOf(`truncate-${length}`);
      writeFileSync(path.join(dir, DB), readFileSync(path.join(dir, DB)).subarray(0, length));
      const outcome = await openDamaged(dir, entries);
      expect(outcome, `length ${length}`).toBe('corrupt');
      record(outcome);
    }
  });

  it('a missing database file beside its vault.json', async () => {
    const dir = copyOf('missing');
    rmSync(path.join(dir, DB));
    const outcome = await openDamaged(dir, entries);
    expect(outcome).toBe('corrupt');
    record(outcome);
  });

  it('-wal and -shm deleted or damaged after a crash: every acknowledged save is still there', async () => {
    const live = copyOf('live');
    const journal: Journal = openTestJournal(live);
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    const acknowledged = [...entries];
    for (let i = 0; i < 10; i++)
      acknowledged.push(await call(journal, 'entries.create', { title: `after ${i}`, doc: paragraphDoc(`late ${i}`) }));
    for (const [i, entry] of acknowledged.slice(0, 5).entries()) {
      acknowledged[i] = await call(journal, 'entries.update', {
        id: entry.id,
        doc: paragraphDoc(`edited ${i}`),
        baseVersion: entry.version,
      });
    }
    // A crash image: the files exactly as the OS holds them while the journal is still open.
    const crashImage = (name: string, keep: (file: string) => boolean) => {
      const dir = path.join(root, name);
      cpSync(live, dir, { recursive: true, filter: (src) => src === live || keep(path.basename(src)) });
      return dir;
    };
    expect(existsSync(path.join(live, `${DB}-wal`))).toBe(true);
    const cases = [
      crashImage('crash-all', () => true),
      crashImage('crash-no-wal', (f) => f !== `${DB}-wal`),
      crashImage('crash-no-shm', (f) => f !== `${DB}-shm`),
      crashImage('crash-neither', (f) => !f.startsWith(`${DB}-`)),
    ];
    const walDamaged = crashImage('crash-wal-flipped', () => true);
    const wal = readFileSync(path.join(walDamaged, `${DB}-wal`));
    if (wal.length > 100) wal[Math.floor(wal.length / 2)]! ^= 0xff;
    writeFileSync(path.join(walDamaged, `${DB}-wal`), wal);
    cases.push(walDamaged);
    journal.close();
    for (const dir of cases) {
      const outcome = await openDamaged(dir, acknowledged);
      expect(outcome, path.basename(dir)).toBe('recovered');
      record(outcome);
    }
  });

  it('-wal and -shm deleted while the journal is open: later saves still land, and survive a reopen', async () => {
    const dir = copyOf('open-delete');
    const journal = openTestJournal(dir);
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    const acknowledged = [...entries];
    acknowledged.push(await call(journal, 'entries.create', { title: 'before deletion' }));
    for (const suffix of ['-wal', '-shm']) rmSync(path.join(dir, DB + suffix), { force: true });
    acknowledged.push(await call(journal, 'entries.create', { title: 'after deletion', doc: paragraphDoc('still here') }));
    journal.close();
    const outcome = await openDamaged(dir, acknowledged);
    expect(outcome).toBe('recovered');
    record(outcome);
  });

  it('keeps every damaged file it refused on disk', () => {
    const refused = readdirSync(root).filter((name) => name.startsWith('flip-') || name.startsWith('truncate-'));
    for (const name of refused) expect(existsSync(path.join(root, name, DB)), name).toBe(true);
  });
});
