// The template editor's draft: what it sends to core, and what "Save as template" takes from an entry.
import { describe, expect, it } from 'vitest';
import { promptsInDoc } from '../../../electron/contract/editor/templateDoc';
import { blankDraft, draftFromEntry, draftToFields, emptyPrompt } from '../../../renderer/src/features/templates/templateDraft';

describe('template drafts', () => {
  it('sends trimmed prompts, drops empty rows, and reads minutes leniently', () => {
    const draft = {
      ...blankDraft(),
      name: 'Evening pages',
      estimatedMinutes: '12 ',
      prompts: [
        { ...emptyPrompt(), text: '  What happened today? ', hint: '   ' },
        emptyPrompt(),
        { ...emptyPrompt(), text: 'When …, I will …', hint: ' One is enough. ', answer: 'checklist' as const },
      ],
    };
    const fields = draftToFields(draft);
    expect(fields).toMatchObject({ name: 'Evening pages', estimatedMinutes: 12, moodCheck: true });
    expect(promptsInDoc(fields.doc)).toEqual([
      { key: null, text: 'What happened today?', hint: null, answer: 'paragraph' },
      { key: null, text: 'When …, I will …', hint: 'One is enough.', answer: 'checklist' },
    ]);
    expect(draftToFields({ ...draft, estimatedMinutes: '' }).estimatedMinutes).toBeNull();
    expect(draftToFields({ ...draft, estimatedMinutes: '0' }).estimatedMinutes).toBeNull();
  });

  it('starts "Save as template" from the entry\'s title and structure, with one empty prompt when it has none', () => {
    const plain = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Only my own words.' }] }] };
    const draft = draftFromEntry('  Sunday review ', plain);
    expect(draft).toMatchObject({ id: null, name: 'Sunday review', moodCheck: true });
    expect(draft.prompts).toHaveLength(1);
    expect(draft.prompts[0]!.text).toBe('');
  });
});
