import { describe, expect, it } from 'vitest';
import { builtinTemplateIds } from '../../../../electron/contract';
import { docFromPrompts } from '../../../../electron/contract/editor/templateDoc';
import type { Journal } from '../../../../electron/core/journal';
import { call, paragraphDoc, withCreatedJournal } from '../../helpers/tempJournal';

const twoPrompts = docFromPrompts([
  { key: 'first', text: 'What went well?', hint: null, answer: 'paragraph' },
  { key: 'second', text: 'What will you try tomorrow?', hint: 'One small thing.', answer: 'paragraph' },
]);

describe('templates', () => {
  let journal: Journal;
  withCreatedJournal((created) => (journal = created), { now: () => new Date(2026, 10, 26, 21, 30) });

  it('lists the seven built-ins first, with what the picker shows', async () => {
    const { items } = await call(journal, 'templates.list');
    expect(items.map((item: { id: string }) => item.id)).toEqual([...builtinTemplateIds]);
    const postMortem = items[0]!;
    expect(postMortem).toMatchObject({ name: 'Breakup post-mortem', kind: 'builtin', version: 1, moodCheck: true });
    expect(postMortem.estimatedMinutes).toBeGreaterThan(0);
    expect(postMortem.promptCount).toBeGreaterThanOrEqual(5);
    expect(postMortem.previewPrompts).toHaveLength(3);
    expect(postMortem).not.toHaveProperty('doc');
  });

  it('creates, edits and deletes a template of your own, bumping its version on each edit', async () => {
    const created = await call(journal, 'templates.create', { name: '  Evening pages ', doc: twoPrompts, estimatedMinutes: 10 });
    expect(created).toMatchObject({
      name: 'Evening pages',
      description: '',
      kind: 'custom',
      version: 1,
      promptCount: 2,
      moodCheck: true,
      estimatedMinutes: 10,
    });
    const edited = await call(journal, 'templates.update', { id: created.id, description: 'Before sleep.', moodCheck: false });
    expect(edited).toMatchObject({
      name: 'Evening pages',
      description: 'Before sleep.',
      version: 2,
      moodCheck: false,
      estimatedMinutes: 10,
      doc: twoPrompts,
    });
    const { items } = await call(journal, 'templates.list');
    expect(items[items.length - 1]!.id).toBe(created.id);
    await call(journal, 'templates.delete', { id: created.id });
    expect(await journal.dispatch('templates.get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses to change or delete a built-in, saying what to do instead', async () => {
    const update = await journal.dispatch('templates.update', { id: 'post-mortem', name: 'Mine now' });
    expect(update).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'Built-in templates can’t be changed. Duplicate it to make your own version.',
        details: { kind: 'builtin' },
      },
    });
    const remove = await journal.dispatch('templates.delete', { id: 'post-mortem' });
    expect(remove).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { kind: 'builtin' } } });
    expect((await call(journal, 'templates.get', { id: 'post-mortem' })).name).toBe('Breakup post-mortem');
  });

  it('duplicates a built-in into an editable copy of your own', async () => {
    const original = await call(journal, 'templates.get', { id: 'empathy' });
    const copy = await call(journal, 'templates.duplicate', { id: 'empathy' });
    expect(copy).toMatchObject({
      kind: 'custom',
      name: 'Empathy: their side of it (my version)',
      version: 1,
      doc: original.doc,
      estimatedMinutes: original.estimatedMinutes,
    });
    expect((await call(journal, 'templates.update', { id: copy.id, name: 'Their side, my way' })).name).toBe('Their side, my way');
    expect((await call(journal, 'templates.duplicate', { id: copy.id })).name).toBe('Their side, my way (copy)');
  });

  it('starts an entry from a template: a copy of its document, no title (left to the writer), and its id and version', async () => {
    const template = await call(journal, 'templates.get', { id: 'what-will-be-different' });
    const entry = await call(journal, 'entries.create', { templateId: 'what-will-be-different', moodBefore: 2 });
    expect(entry).toMatchObject({
      title: '',
      templateId: 'what-will-be-different',
      templateVersion: 1,
      doc: template.doc,
      wordCount: 0,
      preview: '',
      moodBefore: 2,
      mood: null,
    });
    const own = await call(journal, 'entries.create', { templateId: 'daily', title: 'Tuesday' });
    expect(own.title).toBe('Tuesday');
  });

  it('keeps an entry as written when its template is edited or deleted later', async () => {
    const template = await call(journal, 'templates.create', { name: 'Mine', doc: twoPrompts });
    const entry = await call(journal, 'entries.create', { templateId: template.id });
    await call(journal, 'templates.update', { id: template.id, doc: paragraphDoc('changed') });
    await call(journal, 'templates.delete', { id: template.id });
    expect(await call(journal, 'entries.get', { id: entry.id })).toMatchObject({
      doc: twoPrompts,
      templateId: template.id,
      templateVersion: 1,
    });
  });

  it('records the mood before and after, and lets either be cleared', async () => {
    const entry = await call(journal, 'entries.create', { templateId: 'daily', moodBefore: 2 });
    const closed = await call(journal, 'entries.update', { id: entry.id, mood: 3 });
    expect(closed).toMatchObject({ moodBefore: 2, mood: 3 });
    expect(await call(journal, 'entries.update', { id: entry.id, moodBefore: null })).toMatchObject({ moodBefore: null, mood: 3 });
  });

  it('answers NOT_FOUND for a template that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const method of ['templates.get', 'templates.delete', 'templates.duplicate']) {
      expect(await journal.dispatch(method, { id: missing })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await journal.dispatch('entries.create', { templateId: missing })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.each([
    ['templates.get', { id: 'breakup' }],
    ['templates.get', { id: 'POST-MORTEM' }],
    ['templates.create', { name: '   ', doc: twoPrompts }],
    ['templates.create', { name: 'x'.repeat(121), doc: twoPrompts }],
    ['templates.create', { name: 'No doc' }],
    ['templates.create', { name: 'Bad root', doc: { type: 'paragraph' } }],
    ['templates.create', { name: 'Zero minutes', doc: twoPrompts, estimatedMinutes: 0 }],
    ['templates.create', { name: 'Long', doc: twoPrompts, description: 'x'.repeat(501) }],
    ['templates.create', { name: 'Extra', doc: twoPrompts, kind: 'builtin' }],
    ['templates.update', { id: 'post-mortem', version: 9 }],
    ['templates.update', { name: 'No id' }],
    ['templates.delete', { id: 7 }],
    ['templates.duplicate', {}],
    ['templates.list', { kind: 'custom' }],
    ['entries.create', { templateId: 'not-a-template' }],
    ['entries.create', { templateId: 'daily', doc: twoPrompts }],
    ['entries.create', { moodBefore: 0 }],
    ['entries.update', { id: '00000000-0000-4000-8000-000000000000', moodBefore: 6 }],
  ])('%s refuses %j with INVALID_INPUT', async (method, input) => {
    expect(await journal.dispatch(method, input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
