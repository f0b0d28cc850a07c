import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../../electron/core/db/openDatabase';
import { call, fingerprint, makeTempDir, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';

/** The test's own migration list: the real steps, plus whatever a test appends. */
const steps = vi.hoisted(() => ({ latest: 0, extra: [] as Array<{ version: number; name: string; up: (db: any) => void }> }));
vi.mock('../../../../electron/core/db/migrations', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../electron/core/db/migrations')>();
  steps.latest = real.migrations[real.migrations.length - 1]!.version;
  return {
    get migrations() {
      return [...real.migrations, ...steps.extra];
    },
  };
});

const PASSPHRASE = 'correct horse battery staple';

/** Everything that defines the journal's schema and data, read through a fresh connection with the data key. */
async function snapshotOf(dir: string) {
  const journal = openTestJournal(dir);
  await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
  const { items } = await call(journal, 'entries.list', { limit: 500 });
  const docs = [];
  for (const item of items) docs.push(await call(journal, 'entries.get', { id: item.id }));
  journal.close();
  return docs;
}

describe('migrations at the vault level', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
    steps.extra = [];
  });
  afterEach(() => cleanup());

  async function journalAtLatest() {
    const journal = openTestJournal(dir);
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    for (let i = 0; i < 5; i++) await call(journal, 'entries.create', { title: `entry ${i}`, doc: paragraphDoc(`words ${i}`) });
    journal.close();
  }

  it('refuses a journal with a future user_version and changes none of its bytes', async () => {
    await journalAtLatest();
    // Raise user_version through the real key, as a newer Afterword would have.
    const { Vault } = await import('../../../../electron/core/vault/vault');
    const vault = new Vault({ dataDir: dir });
    await vault.unlock({ passphrase: PASSPHRASE });
    vault.database().pragma('user_version = 99');
    vault.lock();
    const before = fingerprint(dir);
    const journal = openTestJournal(dir);
    const result = await journal.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    journal.close();
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_TOO_NEW' } });
    expect(result.ok ? '' : result.error.message).toMatch(/newer version.*nothing was changed/);
    expect(fingerprint(dir)).toEqual(before);
  });

  it('backs up before migrating, and a step that throws halfway leaves schema and data exactly as before', async () => {
    await journalAtLatest();
    const before = await snapshotOf(dir);
    const schemaBefore = await schemaOf(dir);
    steps.extra = [
      {
        version: steps.latest + 1,
        name: 'adds a column',
        up: (db: Db) => db.exec("ALTER TABLE entries ADD COLUMN weather TEXT DEFAULT 'sunny'"),
      },
      {
        version: steps.latest + 2,
        name: 'fails halfway',
        up: (db: Db) => {
          db.exec('CREATE TABLE half_done (x)');
          db.exec("UPDATE entries SET title = 'overwritten'");
          throw new Error('boom');
        },
      },
    ];
    const journal = openTestJournal(dir);
    const result = await journal.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    journal.close();
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/could not upgrade.*Nothing was changed/) },
    });
    expect(readdirSync(path.join(dir, 'backups'))).toContainEqual(
      expect.stringMatching(new RegExp(`^pre-migration-v${steps.latest}-\\d{8}T\\d{6}Z\\.awbackup$`)),
    );

    steps.extra = [];
    expect(await schemaOf(dir)).toEqual(schemaBefore);
    expect(await snapshotOf(dir)).toEqual(before);
  });

  it('migrates an older journal after backing it up', async () => {
    await journalAtLatest();
    steps.extra = [
      { version: steps.latest + 1, name: 'adds a column', up: (db: Db) => db.exec('ALTER TABLE entries ADD COLUMN weather TEXT') },
    ];
    const journal = openTestJournal(dir);
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    await journal.idle();
    const { items } = await call(journal, 'backup.listAutomatic');
    expect(items.map((i: any) => i.kind).sort()).toEqual(['daily', 'pre-migration']);
    expect((await call(journal, 'entries.list', {})).items).toHaveLength(5);
    journal.close();
  });
});

async function schemaOf(dir: string) {
  const { Vault } = await import('../../../../electron/core/vault/vault');
  const saved = steps.extra;
  steps.extra = [];
  const vault = new Vault({ dataDir: dir });
  await vault.unlock({ passphrase: PASSPHRASE });
  const db = vault.database();
  const schema = {
    version: db.pragma('user_version', { simple: true }),
    objects: db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all(),
  };
  vault.lock();
  steps.extra = saved;
  return schema;
}
