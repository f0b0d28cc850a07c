import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../electron/contract';
import { promptAnswers } from '../../../../electron/contract/editor/promptAnswers';
import type { Journal } from '../../../../electron/core/journal';
import { call, withCreatedJournal } from '../../helpers/tempJournal';

const prompt = (text: string): DocNode => ({ type: 'prompt', attrs: { key: null, text, hint: null } });
/** A paragraph; each "\n" in the text becomes a line break (Shift+Enter). */
const para = (text?: string): DocNode =>
  text
    ? {
        type: 'paragraph',
        content: text.split('\n').flatMap((line, i) => [...(i ? [{ type: 'hardBreak' }] : []), { type: 'text', text: line }]),
      }
    : { type: 'paragraph' };

/** Writes `answers[i]` under the i-th prompt of the entry's document (undefined leaves it unanswered). */
function answered(doc: DocNode, answers: Array<string | undefined>): DocNode {
  let index = -1;
  const content = (doc.content ?? []).map((block) => {
    if (block.type === 'prompt') index += 1;
    else if (block.type === 'paragraph' && answers[index] !== undefined) return para(answers[index]);
    return block;
  });
  return { ...doc, content };
}

describe('an entry started from a template', () => {
  let journal: Journal;
  withCreatedJournal((created) => (journal = created));

  it('starts untitled, so the list does not fill with rows named after the template', async () => {
    const entry = await call(journal, 'entries.create', { templateId: 'post-mortem' });
    expect(entry.title).toBe('');
    expect(entry.templateId).toBe('post-mortem');
    const own = await call(journal, 'entries.create', { templateId: 'daily', title: 'Tuesday' });
    expect(own.title).toBe('Tuesday');
  });

  it('is discarded when left untouched, like a blank page (its old template-name title kept it forever)', async () => {
    const entry = await call(journal, 'entries.create', { templateId: 'post-mortem' });
    expect(await call(journal, 'entries.discardUntouched', { id: entry.id })).toEqual({ discarded: true });
  });

  it('counts its answered prompts ("3 of 9") in the list, the entry and the Trash', async () => {
    const entry = await call(journal, 'entries.create', { templateId: 'post-mortem' });
    expect(entry.progress).toEqual({ prompts: 9, answered: 0 });
    const doc = answered(entry.doc, ['The facts.', undefined, 'My part.', 'Their part.']);
    const saved = await call(journal, 'entries.update', { id: entry.id, doc });
    expect(saved.progress).toEqual({ prompts: 9, answered: 3 });
    expect((await call(journal, 'entries.list')).items[0]!.progress).toEqual({ prompts: 9, answered: 3 });
    await call(journal, 'entries.trash', { id: entry.id });
    expect((await call(journal, 'entries.listTrash')).items[0]!.progress).toEqual({ prompts: 9, answered: 3 });
  });

  it('previews the first line written under a prompt, never a question', async () => {
    const entry = await call(journal, 'entries.create', { templateId: 'daily' });
    const saved = await call(journal, 'entries.update', {
      id: entry.id,
      doc: answered(entry.doc, [undefined, 'Mostly the move.\nAnd the boxes.', 'A walk.']),
    });
    expect(saved.preview).toBe('Mostly the move.');
    expect(saved.preview).not.toContain('?');
  });

  it('has no progress when written on a blank page', async () => {
    const blank = await call(journal, 'entries.create', { title: 'Plain' });
    expect(blank.progress).toBeNull();
  });
});

describe('promptAnswers', () => {
  it('counts a picture or a checklist item as an answer and ignores empty lines and text above the first prompt', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        para('Your record from Monday to Sunday'),
        prompt('One?'),
        para(),
        para('  '),
        prompt('Two?'),
        { type: 'image', attrs: { src: 'attachment:00000000-0000-4000-8000-000000000000' } },
        prompt('Three?'),
        { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: false }, content: [para('When X, I will Y')] }] },
        prompt('Four?'),
        { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: false }, content: [para()] }] },
      ],
    };
    expect(promptAnswers(doc)).toEqual({ prompts: 4, answered: 2, firstLine: 'When X, I will Y' });
    expect(promptAnswers({ type: 'doc', content: [para('no prompts')] })).toBeNull();
  });
});
