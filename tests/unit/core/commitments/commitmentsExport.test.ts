// Commitments travel with the journal: JSON export carries them with their revisions and check-ins; import adds them once.
import { afterEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';
import { answerBytes, asFileBytes } from '../../helpers/sealedAnswer';
import { planDoc } from './commitmentDocs';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const now = () => new Date(2026, 10, 25, 20, 0);

async function newJournal(): Promise<Journal> {
  const temp = makeTempDir();
  const journal = openTestJournal(temp.dir, { now });
  cleanups.push(() => {
    journal.close();
    temp.cleanup();
  });
  await call(journal, 'vault.create', { passphrase: 'correct horse battery' });
  return journal;
}

describe('commitments in an encrypted backup', () => {
  it('come back with their revisions and check-ins when the backup is restored into a new folder', async () => {
    const source = await newJournal();
    const c = await call(source, 'commitments.create', { text: 'Before', rhythm: { kind: 'weekdays' } });
    await call(source, 'commitments.update', { id: c.id, text: 'After' });
    await call(source, 'checkIns.record', { commitmentId: c.id, date: '2026-11-25', result: 'kept', note: 'Done.' });
    const before = await call(source, 'commitments.list', {});
    const backup = await asFileBytes(call(source, 'backup.create', {}));
    const temp = makeTempDir();
    const target = openTestJournal(temp.dir, { now });
    cleanups.push(() => {
      target.close();
      temp.cleanup();
    });
    await call(target, 'backup.restore', { passphrase: 'correct horse battery', file: new Uint8Array(backup.data) });
    expect(await call(target, 'commitments.list', {})).toEqual(before);
  });
});

describe('commitments in JSON export and import', () => {
  it('round-trips commitments, their earlier wordings and check-ins, and importing twice adds nothing', async () => {
    const source = await newJournal();
    const entry = await call(source, 'entries.create', { templateId: 'what-will-be-different' });
    await call(source, 'entries.update', { id: entry.id, doc: planDoc([['a', 'When I want to text late, I will write here.']]) });
    const byHand = await call(source, 'commitments.create', {
      text: 'Walk first',
      rhythm: { kind: 'weekly', weekday: 3 },
      endsOn: '2027-01-31',
    });
    await call(source, 'commitments.update', { id: byHand.id, text: 'Walk first, then decide' });
    await call(source, 'checkIns.record', { commitmentId: byHand.id, date: '2026-11-25', result: 'partly', note: 'Only round the block.' });
    await call(source, 'commitments.retire', { id: byHand.id });
    const before = await call(source, 'commitments.list', {});

    const file = await answerBytes(await call(source, 'export.json', { scope: { all: true } }));
    const parsed = JSON.parse(new TextDecoder().decode(file));
    expect(parsed.commitments).toHaveLength(2);
    expect(parsed.checkIns).toHaveLength(1);

    const target = await newJournal();
    expect(await call(target, 'import.json', { file })).toMatchObject({ imported: 1, commitmentsImported: 2 });
    expect(await call(target, 'commitments.list', {})).toEqual(before);
    expect(await call(target, 'import.json', { file })).toMatchObject({ imported: 0, commitmentsImported: 0 });
    expect(await call(target, 'commitments.list', {})).toEqual(before);
  });
});
