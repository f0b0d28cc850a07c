import { describe, expect, it } from 'vitest';
import { parseTemplateSource } from '../../../../electron/core/templates/templateSource';

const source = `# Evening pages
id: evening-pages
version: 3
minutes: 10
mood check: no

A short look back at the day,
before sleep.

## day
What happened today?
> A few lines is enough.
> Facts first.

## plan (checklist)
When tomorrow gets hard,
I will…
`;

describe('parseTemplateSource', () => {
  it('reads the header, the description and each prompt with its hint and answer space', () => {
    expect(parseTemplateSource(source)).toEqual({
      id: 'evening-pages',
      name: 'Evening pages',
      description: 'A short look back at the day, before sleep.',
      version: 3,
      estimatedMinutes: 10,
      moodCheck: false,
      doc: {
        type: 'doc',
        content: [
          { type: 'prompt', attrs: { key: 'day', text: 'What happened today?', hint: 'A few lines is enough. Facts first.' } },
          { type: 'paragraph' },
          { type: 'prompt', attrs: { key: 'plan', text: 'When tomorrow gets hard, I will…', hint: null } },
          { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: false }, content: [{ type: 'paragraph' }] }] },
        ],
      },
    });
  });

  it('accepts Windows line endings', () => {
    expect(parseTemplateSource(source.replace(/\n/g, '\r\n')).name).toBe('Evening pages');
  });

  it.each([
    ['a missing name', source.replace('# Evening pages', 'Evening pages'), /line 1: the first line must be "# "/],
    ['a missing field', source.replace('minutes: 10\n', ''), /"minutes:" is missing/],
    ['a version that is not a whole number', source.replace('version: 3', 'version: 1.5'), /"version:" must be a whole number/],
    ['a mood check that is not yes or no', source.replace('mood check: no', 'mood check: maybe'), /must be yes or no/],
    ['an id that is not a slug', source.replace('id: evening-pages', 'id: Evening Pages'), /must be a lowercase slug/],
    ['no description', source.replace('A short look back at the day,\nbefore sleep.\n', ''), /one-sentence description/],
    ['a repeated prompt key', source.replace('## plan (checklist)', '## day'), /line 15: prompt key "day" is used twice/],
    ['a prompt with no question', source.replace('What happened today?\n', ''), /line 10: prompt "day" has no question/],
    [
      'a question after its hint',
      source.replace('> Facts first.', '> Facts first.\nAnd then?'),
      /line 14: the question comes before its hint/,
    ],
    ['a heading of the wrong level', source.replace('## plan', '### plan'), /line 15: a prompt starts with "## "/],
  ])('refuses %s, naming the line', (_case, broken, message) => {
    expect(() => parseTemplateSource(broken)).toThrow(message);
  });
});
