import { describe, expect, it } from 'vitest';
import { countWords, extractDocText, previewOf } from '../../../../electron/core/entries/docText';

describe('extractDocText', () => {
  it("joins blocks with newlines and keeps template prompts apart from the writer's words", () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'prompt', attrs: { text: 'What happened, in facts?', hint: 'Just what a camera would have seen.', key: 'facts' } },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'We ' },
            { type: 'text', text: 'split', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' in May.' },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'line' }, { type: 'hardBreak' }, { type: 'text', text: 'break' }] },
      ],
    };
    expect(extractDocText(doc)).toEqual({
      text: 'We split in May.\none\nline\nbreak',
      promptText: 'What happened, in facts?\nJust what a camera would have seen.',
      wordCount: 7,
      // A guided entry's row shows the first line answered under a prompt, not every answer run together.
      preview: 'We split in May.',
    });
  });

  it('handles an empty document', () => {
    expect(extractDocText({ type: 'doc' })).toEqual({ text: '', promptText: '', wordCount: 0, preview: '' });
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ["don't stop — ever", 3],
    ['café au lait', 3],
    ['私は元気です', 6],
    ['שלום עולם', 2],
    ['well-being 2 times', 3],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('previewOf', () => {
  it('folds whitespace and cuts long text with an ellipsis', () => {
    expect(previewOf('a\n\nb')).toBe('a b');
    const long = 'word '.repeat(100);
    const preview = previewOf(long, 20);
    expect(preview.length).toBeLessThanOrEqual(20);
    expect(preview.endsWith('…')).toBe(true);
  });
});
