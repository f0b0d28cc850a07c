// The stored figures (migration 0009: days, template days, weeks, months, runs) stay exact: after a seeded random run of saves, moves to and from the Trash, deletes forever,
// imports and backup restores, stats.summary equals the same figures recomputed straight from the entries table.
import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { DocNode } from '../../../../electron/contract';
import type { StatsSummary } from '../../../../electron/contract/stats/schemas';
import type { Journal } from '../../../../electron/core/journal';
import { statsSummary } from '../../../../electron/core/stats/statsSummary';
import { Vault } from '../../../../electron/core/vault/vault';
import { seededRandom } from '../../helpers/seededRandom';
import { CHEAP_KDF, call, makeTempDir, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';
import { daysBetween } from './overTimeEntries';
import { expectStoredFiguresExact, recomputedSummary } from './recomputedSummary';
import { asFileBytes } from '../../helpers/sealedAnswer';

const PASSPHRASE = 'a good long passphrase';
const TODAY = '2028-03-01';
/** Around a year end and a leap day, few enough days that entries share them. */
const DAYS = daysBetween('2027-12-20', '2028-03-02');
const TEMPLATES = ['post-mortem', 'empathy', 'what-will-be-different'] as const;
const RANGES = [
  {},
  { from: '2027-12-31' },
  { to: '2028-02-29' },
  { from: '2028-01-15', to: '2028-03-01' },
  { from: '2028-02-29', to: '2028-02-29' },
  { from: '2028-01-04', to: '2028-01-06' },
];
const WORDS = ['harbour', 'kitchen', 'table', 'letter', 'morning', 'walk', 'quiet', 'rain'];

let cleanup = () => {};
afterEach(() => cleanup());

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const maybeMood = (random: Random) => (random() < 0.25 ? null : 1 + Math.floor(random() * 5));
const words = (random: Random): DocNode =>
  paragraphDoc(Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(random, WORDS)).join(' '));

/** One JSON export file of fresh entries, the opening mood travelling in `extra` as export.json writes it. */
function importFile(random: Random): Uint8Array<ArrayBuffer> {
  const entries = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
    const templateId = random() < 0.5 ? pick(random, TEMPLATES) : null;
    return {
      ...{ id: randomUUID(), entryDate: pick(random, DAYS), createdAt: '2028-01-01T10:00:00.000Z', updatedAt: '2028-01-01T10:00:00.000Z' },
      ...{ title: '', mood: maybeMood(random), templateId, templateVersion: templateId ? 1 : null, favorite: false, version: 1, tags: [] },
      extra: { mood_before: maybeMood(random) },
      doc: words(random),
    };
  });
  return new TextEncoder().encode(JSON.stringify({ format: 'afterword-journal', version: 1, exportedAt: 'x', entries, templates: [] }));
}

/** Does one random thing a writer can do; answers its name when it changed something worth counting. */
async function step(journal: Journal, random: Random, backups: Uint8Array[]): Promise<string> {
  const live = (await call(journal, 'entries.list', { limit: 500 })).items;
  const trashed = (await call(journal, 'entries.listTrash')).items;
  const roll = random();
  if (roll < 0.3 || live.length === 0) {
    const templateId = random() < 0.4 ? pick(random, TEMPLATES) : undefined;
    const moods = { mood: maybeMood(random), moodBefore: maybeMood(random), entryDate: pick(random, DAYS) };
    await call(journal, 'entries.create', templateId ? { templateId, ...moods } : { doc: words(random), ...moods });
    return 'create';
  }
  if (roll < 0.55) {
    const { id } = pick(random, live);
    const changes = [
      { entryDate: pick(random, DAYS) },
      { mood: maybeMood(random) },
      { moodBefore: maybeMood(random) },
      { doc: words(random) },
    ];
    await call(journal, 'entries.update', { id, ...pick(random, changes), ...(random() < 0.3 ? pick(random, changes) : {}) });
    return 'update';
  }
  const done = (name: string) => async (work: Promise<unknown>) => {
    await work;
    return name;
  };
  if (roll < 0.68) return done('trash')(call(journal, 'entries.trash', { id: pick(random, live).id }));
  if (roll < 0.78 && trashed.length) return done('restore')(call(journal, 'entries.restore', { id: pick(random, trashed).id }));
  if (roll < 0.84 && trashed.length) return done('deleteForever')(call(journal, 'entries.deleteForever', { id: pick(random, trashed).id }));
  if (roll < 0.86) return done('emptyTrash')(call(journal, 'entries.emptyTrash'));
  if (roll < 0.89) {
    // A page opened and left without a word: counted while it exists, gone again when the writer leaves it.
    const { id } = await call(journal, 'entries.create', { entryDate: pick(random, DAYS) });
    if (random() < 0.7) await call(journal, 'entries.discardUntouched', { id });
    return 'discardUntouched';
  }
  if (roll < 0.93) return done('import')(call(journal, 'import.json', { file: importFile(random) }));
  if (roll < 0.965 || backups.length === 0) {
    backups.push(new Uint8Array((await asFileBytes(call(journal, 'backup.create'))).data));
    return 'backup';
  }
  return done('restoreBackup')(call(journal, 'backup.restore', { passphrase: PASSPHRASE, file: new Uint8Array(pick(random, backups)) }));
}

/** The journal locked, its file opened by a vault of its own, and the fast figures held against the recomputed ones. */
async function expectExact(journal: Journal, dataDir: string, label: string): Promise<StatsSummary> {
  await journal.idle();
  await call(journal, 'vault.lock');
  const vault = new Vault({ dataDir, kdfCost: CHEAP_KDF });
  await vault.unlock({ passphrase: PASSPHRASE });
  try {
    const db = vault.database();
    expectStoredFiguresExact(db, label);
    for (const range of RANGES)
      expect(statsSummary(db, range, TODAY), `${label} ${JSON.stringify(range)}`).toEqual(recomputedSummary(db, range, TODAY));
    return statsSummary(db, {}, TODAY);
  } finally {
    vault.lock();
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
  }
}

it('keeps stats.summary equal to a recomputation from the entries through 300 random saves, trashings, deletes, imports and restores', async () => {
  const temp = makeTempDir();
  const journal = openTestJournal(temp.dir, { now: () => new Date('2028-03-01T12:00:00Z') });
  cleanup = () => {
    journal.close();
    temp.cleanup();
  };
  await call(journal, 'vault.create', { passphrase: PASSPHRASE });
  const random = seededRandom(17);
  const backups: Uint8Array[] = [];
  const done = new Map<string, number>();
  for (let n = 1; n <= 300; n++) {
    const name = await step(journal, random, backups);
    done.set(name, (done.get(name) ?? 0) + 1);
    if (n % 30 === 0) await expectExact(journal, temp.dir, `after step ${n} (${name})`);
  }
  // The run did exercise every kind of change, and left figures worth comparing.
  for (const name of [
    'create',
    'update',
    'trash',
    'restore',
    'deleteForever',
    'emptyTrash',
    'discardUntouched',
    'import',
    'backup',
    'restoreBackup',
  ])
    expect(done.get(name), name).toBeGreaterThan(0);
  const last = await expectExact(journal, temp.dir, 'at the end');
  expect(last.entries).toBeGreaterThan(10);
  expect(last.moodChangeByTemplate.length).toBeGreaterThan(0);
}, 120_000);
