// export.json, export.markdown and backup.create run in the real job worker: progress arrives, saves answer meanwhile, and a
// cancel (or a lock) stops the job, deletes its file and leaves the journal as it was.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import type { AppEvent, Result } from '../../../../electron/contract';
import type { FileJobMethod } from '../../../../electron/contract/exports/names';
import type { Journal } from '../../../../electron/core/journal';
import { builtJobWorker } from '../../helpers/builtJobWorker';
import { para } from '../../helpers/sampleEntries';
import { answerBytes, asFileBytes } from '../../helpers/sealedAnswer';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';

/** Enough text that making the file takes a while (~25 MiB of Markdown) even on a quiet machine. */
const ENTRIES = 300;
const LONG = 'I keep going back to the kitchen table and the things we never said out loud. '.repeat(1000);

const PASSPHRASE = 'correct horse battery';
// One journal for the file (seeding it is the slow part); every test but the save leaves it as it was, and checks so.
const temp = makeTempDir();
let journal: Journal;
const dir = temp.dir;

beforeAll(async () => {
  journal = openTestJournal(temp.dir, { jobWorker: await builtJobWorker() });
  await call(journal, 'vault.create', { passphrase: PASSPHRASE });
  for (let i = 0; i < ENTRIES; i += 1) {
    const doc = { type: 'doc', content: [para(`${i}: ${LONG}`)] };
    await call(journal, 'entries.create', { entryDate: `2026-0${1 + (i % 9)}-1${i % 10}`, title: `Entry ${i}`, doc });
  }
}, 120_000);
afterAll(() => {
  journal.close();
  temp.cleanup();
});
beforeEach(async () => {
  if (!journal.isUnlocked()) await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
});

/** Every export.progress event from now on. */
function progressEvents(): AppEvent[] {
  const events: AppEvent[] = [];
  onTestFinished(journal.onEvent((event) => event.name === 'export.progress' && events.push(event)));
  return events;
}

/** The journal's state as a person sees it: every entry's id, title and version (an export must change none). */
async function journalState() {
  const answer = await asFileBytes(call(journal, 'export.json', { scope: { all: true } }));
  const { entries } = JSON.parse(Buffer.from(answer.data).toString('utf8')) as { entries: Array<Record<string, unknown>> };
  return entries.map(({ id, title, version, updatedAt }) => ({ id, title, version, updatedAt }));
}

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

/** Resolves at the job's first export.progress event: it is running in its worker, on its own connection. */
function started(job: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = journal.onEvent((event) => {
      if (event.name !== 'export.progress' || event.job !== job) return;
      stop();
      resolve();
    });
  });
}

const FILE_JOBS: Array<[FileJobMethod, unknown]> = [
  ['export.markdown', { scope: { all: true } }],
  ['export.json', { scope: { all: true } }],
  ['backup.create', undefined],
];

describe('file jobs in the job worker', () => {
  it('tells how far each one is, from nothing to all of it', async () => {
    const events = progressEvents();
    for (const [method, input] of FILE_JOBS) {
      const answer = (await journal.dispatch(method, input)) as Result<{ sealed: { path: string } }>;
      expect(answer.ok).toBe(true);
      if (answer.ok) await answerBytes(answer.value as never);
      const progress = events.filter((event) => event.job === method);
      const total = method === 'backup.create' ? 3 : ENTRIES;
      expect(progress[0]).toMatchObject({ done: 0, total });
      expect(progress.at(-1)).toMatchObject({ done: total, total });
      const done = progress.map((event) => event.done!);
      expect(done).toEqual([...done].sort((a, b) => a - b));
    }
  });

  it('answers a save while an export is being made', async () => {
    const { items } = await call(journal, 'entries.list', {});
    const order: string[] = [];
    const exporting = journal.dispatch('export.markdown', { scope: { all: true } }).then((answer) => (order.push('export'), answer));
    await started('export.markdown');
    const saved = await call(journal, 'entries.update', { id: items[0]!.id, title: 'Saved during the export' });
    order.push('save');
    expect(saved.title).toBe('Saved during the export');
    const answer = await exporting;
    expect(order).toEqual(['save', 'export']);
    if (answer.ok) await answerBytes(answer.value as never);
  });

  it.each(FILE_JOBS)('stops %s on export.cancel: CANCELLED, no file left, the journal as it was', async (method, input) => {
    const before = await journalState();
    const running = journal.dispatch(method, input);
    await started(method);
    expect(await call(journal, 'export.cancel', { job: method })).toEqual({ cancelled: true });
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(leftovers(dir)).toEqual([]);
    expect(await journalState()).toEqual(before);
    expect(await call(journal, 'export.cancel')).toEqual({ cancelled: false });
  });

  it('stops an export when the journal is locked, and leaves no file', async () => {
    const running = journal.dispatch('export.json', { scope: { all: true } });
    await started('export.json');
    await call(journal, 'vault.lock');
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(leftovers(dir)).toEqual([]);
  });
});
