import { describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { call, paragraphDoc, withCreatedJournal } from '../../helpers/tempJournal';
import { answerJson } from '../../helpers/sealedAnswer';

describe('an entry nobody wrote in', () => {
  let journal: Journal;
  withCreatedJournal((created) => (journal = created));

  it('is discarded when the writer leaves it, with or without template prompts', async () => {
    const blank = await call(journal, 'entries.create');
    const fromTemplate = await call(journal, 'entries.create', {
      doc: { type: 'doc', content: [{ type: 'prompt', attrs: { key: 'k', text: 'What happened?', hint: null } }, { type: 'paragraph' }] },
    });
    expect(await call(journal, 'entries.discardUntouched', { id: blank.id })).toEqual({ discarded: true });
    expect(await call(journal, 'entries.discardUntouched', { id: fromTemplate.id })).toEqual({ discarded: true });
    expect((await call(journal, 'entries.list')).items).toEqual([]);
  });

  it('is kept once anything is written: a word, a title or a mood', async () => {
    const kept = [
      await call(journal, 'entries.create', { doc: paragraphDoc('one word') }),
      await call(journal, 'entries.create', { title: 'Just a title' }),
      await call(journal, 'entries.create', { mood: 2 }),
      await call(journal, 'entries.create', { moodBefore: 4 }),
    ];
    for (const entry of kept) expect(await call(journal, 'entries.discardUntouched', { id: entry.id })).toEqual({ discarded: false });
    expect((await call(journal, 'entries.list')).items).toHaveLength(4);
  });

  it('is never exported', async () => {
    await call(journal, 'entries.create');
    const written = await call(journal, 'entries.create', { title: 'Written', doc: paragraphDoc('kept') });
    const exported = await call(journal, 'export.json', { scope: { all: true } });
    const entries = (await answerJson(exported)).entries as Array<{ id: string }>;
    expect(entries.map((entry) => entry.id)).toEqual([written.id]);
  });
});
