// Commitments through the contract: made by saving entries, revised, retired, checked in on, and kept across lock and unlock.
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../../electron/contract/commitments/schemas';
import type { DocNode } from '../../../../electron/contract/doc';
import type { Journal } from '../../../../electron/core/journal';
import { call, withCreatedJournal } from '../../helpers/tempJournal';
import { planDoc } from './commitmentDocs';

process.env.TZ = 'Europe/London';

let clock = new Date(2026, 10, 23, 9, 0);
const setDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  clock = new Date(y, m - 1, d, 21, 0);
};

describe('commitments from entries', () => {
  let journal: Journal;
  withCreatedJournal((j) => (journal = j), { now: () => clock });

  const list = async (status?: 'active' | 'retired') => (await call(journal, 'commitments.list', status ? { status } : {})).items;
  const save = async (id: string, doc: DocNode) => call(journal, 'entries.update', { id, doc });
  const plan = async () => (await call(journal, 'entries.create', { templateId: 'what-will-be-different' })).id as string;

  it('adds each non-empty item when the entry is saved, and nothing for empty ones', async () => {
    setDay('2026-11-23');
    const id = await plan();
    expect(await list()).toEqual([]);
    await save(
      id,
      planDoc(
        [
          ['a', 'When I want to text late, I will write here.'],
          ['b', ''],
        ],
        [['c', 'When we argue, I will pause.']],
      ),
    );
    const items = await list();
    expect(items.map((c: any) => [c.text, c.entryId, c.rhythm.kind, c.startsOn, c.dueToday])).toEqual([
      ['When I want to text late, I will write here.', id, 'daily', '2026-11-23', true],
      ['When we argue, I will pause.', id, 'daily', '2026-11-23', true],
    ]);
  });

  it('keeps identity through edits and reorders, records the old wording, and retires a deleted item with its history', async () => {
    setDay('2026-11-23');
    const id = await plan();
    await save(
      id,
      planDoc([
        ['a', 'First'],
        ['b', 'Second'],
      ]),
    );
    const [first, second] = (await list()) as [Commitment, Commitment];
    await call(journal, 'checkIns.record', { commitmentId: first.id, date: '2026-11-23', result: 'kept' });
    await call(journal, 'checkIns.record', { commitmentId: second.id, date: '2026-11-23', result: 'missed' });

    await save(
      id,
      planDoc([
        ['b', 'Second'],
        ['a', 'First, said better'],
      ]),
    );
    const afterEdit = await list();
    expect(afterEdit.map((c: any) => c.id)).toEqual([first.id, second.id]);
    expect(afterEdit[0]).toMatchObject({ text: 'First, said better', revisions: [{ text: 'First' }], lastCheckIn: { result: 'kept' } });
    expect(afterEdit[1]).toMatchObject({ text: 'Second', revisions: [], lastCheckIn: { result: 'missed' } });

    await save(id, planDoc([['a', 'First, said better']]));
    expect((await list('active')).map((c: any) => c.id)).toEqual([first.id]);
    const [past] = await list('retired');
    expect(past).toMatchObject({ id: second.id, status: 'retired', lastCheckIn: { date: '2026-11-23', result: 'missed' } });

    // The item coming back (an undo) brings the same commitment back, history and all.
    await save(
      id,
      planDoc([
        ['a', 'First, said better'],
        ['b', 'Second'],
      ]),
    );
    expect((await list('active')).map((c: any) => c.id)).toEqual([first.id, second.id]);
  });

  it('keeps two entries apart even when their items share an id, and follows an entry to the Trash and back', async () => {
    setDay('2026-11-23');
    const one = await plan();
    const two = await plan();
    await save(one, planDoc([['same', 'From the first plan']]));
    await save(two, planDoc([['same', 'From the second plan']]));
    expect((await list()).map((c: any) => [c.entryId, c.text])).toEqual([
      [one, 'From the first plan'],
      [two, 'From the second plan'],
    ]);
    await call(journal, 'entries.trash', { id: two });
    expect((await list('active')).map((c: any) => c.entryId)).toEqual([one]);
    await call(journal, 'entries.restore', { id: two });
    expect((await list('active')).map((c: any) => c.entryId)).toEqual([one, two]);
  });

  it('never brings back a commitment the writer retired, even while its item is still in the entry', async () => {
    setDay('2026-11-23');
    const id = await plan();
    await save(id, planDoc([['a', 'Keep it small']]));
    const [commitment] = (await list()) as [Commitment];
    expect(await call(journal, 'commitments.retire', { id: commitment.id })).toMatchObject({ status: 'retired', dueToday: false });
    await save(id, planDoc([['a', 'Keep it small, edited']]));
    expect(await list('active')).toEqual([]);
    expect((await list('retired'))[0]).toMatchObject({ text: 'Keep it small, edited', revisions: [{ text: 'Keep it small' }] });
  });
});

describe('commitments by hand, check-ins and the week', () => {
  let journal: Journal;
  withCreatedJournal((j) => (journal = j), { now: () => clock });

  it('records one check-in per day, replacing it when recorded again, and computes rates over due days', async () => {
    setDay('2026-11-23');
    const c = await call(journal, 'commitments.create', {
      text: 'When I feel the urge to check their profile, I will go for a walk.',
      rhythm: { kind: 'weekdays' },
    });
    expect(c).toMatchObject({ entryId: null, status: 'active', dueToday: true, keptRate7: null, keptRate30: null, lastCheckIn: null });
    for (const [day, result] of [
      ['2026-11-23', 'kept'],
      ['2026-11-24', 'missed'],
      ['2026-11-25', 'partly'],
      ['2026-11-26', 'kept'],
    ] as const) {
      setDay(day);
      await call(journal, 'checkIns.record', { commitmentId: c.id, date: day, result });
    }
    setDay('2026-11-27');
    await call(journal, 'checkIns.record', { commitmentId: c.id, date: '2026-11-24', result: 'kept', note: 'Went round the park.' });
    const [after] = (await call(journal, 'commitments.list', {})).items;
    expect(after).toMatchObject({ keptRate7: 0.75, keptRate30: 0.75, lastCheckIn: { date: '2026-11-26', result: 'kept' } });
    const record = await call(journal, 'checkIns.list', { commitmentId: c.id, from: '2026-11-24', to: '2026-11-25' });
    expect(record.items.map((i: any) => [i.date, i.result, i.note])).toEqual([
      ['2026-11-24', 'kept', 'Went round the park.'],
      ['2026-11-25', 'partly', null],
    ]);
    const weekend = await call(journal, 'checkIns.list', { commitmentId: c.id, from: '2026-11-20', to: '2026-11-30' });
    expect(weekend.dueDays).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30']);

    // Saturday: weekdays are not due, and the week so far (Monday to today) has five due days.
    setDay('2026-11-28');
    const week = await call(journal, 'commitments.list', {});
    expect(week.items[0]!.dueToday).toBe(false);
    expect(week.week).toEqual({
      weekStart: '2026-11-23',
      kept: 3,
      partly: 1,
      missed: 0,
      due: 5,
      line: 'You kept 3 of 4 check-ins this week, and partly kept 1.',
    });
  });

  it('refuses a day that has not come yet and an unknown commitment, changing nothing', async () => {
    setDay('2026-11-23');
    const c = await call(journal, 'commitments.create', { text: 'Pause before replying', rhythm: { kind: 'daily' } });
    const future = await journal.dispatch('checkIns.record', { commitmentId: c.id, date: '2026-11-24', result: 'kept' });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await journal.dispatch('checkIns.record', {
      commitmentId: '00000000-0000-4000-8000-000000000000',
      date: '2026-11-23',
      result: 'kept',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const badRhythm = await journal.dispatch('commitments.create', { text: 'x', rhythm: { kind: 'weekly', weekday: 7 } });
    expect(badRhythm).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await call(journal, 'checkIns.list', { commitmentId: c.id, from: '2026-01-01', to: '2026-12-31' })).items).toEqual([]);
  });

  it('keeps every revision in order when the text changes, and none when only the rhythm does', async () => {
    setDay('2026-11-23');
    const c = await call(journal, 'commitments.create', { text: 'One', rhythm: { kind: 'daily' } });
    await call(journal, 'commitments.update', { id: c.id, rhythm: { kind: 'weekly', weekday: 0 }, endsOn: '2026-12-31' });
    await call(journal, 'commitments.update', { id: c.id, text: 'Two' });
    const updated = await call(journal, 'commitments.update', { id: c.id, text: 'Three' });
    expect(updated).toMatchObject({ text: 'Three', rhythm: { kind: 'weekly', weekday: 0 }, endsOn: '2026-12-31' });
    expect(updated.revisions.map((r: any) => r.text)).toEqual(['One', 'Two']);
  });

  it('starts a Follow-through check-in with the last seven days’ record above its prompts', async () => {
    setDay('2026-11-27');
    const c = await call(journal, 'commitments.create', {
      text: 'When I feel hurt, I will say so within a day.',
      rhythm: { kind: 'daily' },
    });
    await call(journal, 'checkIns.record', { commitmentId: c.id, date: '2026-11-27', result: 'kept', note: 'Told my sister.' });
    const entry = await call(journal, 'entries.create', { templateId: 'follow-through' });
    const blocks = entry.doc.content!.map((node: any) => node.type);
    expect(blocks.slice(0, 5)).toEqual(['heading', 'paragraph', 'paragraph', 'bulletList', 'prompt']);
    const text = JSON.stringify(entry.doc.content!.slice(0, 4));
    expect(text).toContain('Your record from Saturday 21 November to Friday 27 November');
    expect(text).toContain('You kept 1 of 1 check-in these seven days.');
    expect(text).toContain('When I feel hurt, I will say so within a day.');
    expect(text).toContain('Friday 27 November: Kept — Told my sister.');
  });

  it('keeps commitments, revisions and check-ins through lock and unlock', async () => {
    setDay('2026-11-23');
    const c = await call(journal, 'commitments.create', { text: 'Before', rhythm: { kind: 'daily' } });
    await call(journal, 'commitments.update', { id: c.id, text: 'After' });
    await call(journal, 'checkIns.record', { commitmentId: c.id, date: '2026-11-23', result: 'partly', note: 'half' });
    const before = await call(journal, 'commitments.list', {});
    await call(journal, 'vault.lock', {});
    expect(await journal.dispatch('commitments.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await call(journal, 'vault.unlock', { passphrase: 'a good long passphrase' });
    expect(await call(journal, 'commitments.list', {})).toEqual(before);
  });
});
