import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { describe, expect, it } from 'vitest';
import { builtinTemplateIds } from '../../../../electron/contract';
import { documentExtensions } from '../../../../electron/contract/editor/extensions';
import { promptsInDoc } from '../../../../electron/contract/editor/templateDoc';
import { extractDocText } from '../../../../electron/core/entries/docText';
import { builtinTemplates } from '../../../../electron/core/templates/builtinTemplates';

/** The HTML a prompt's text becomes: the renderer escapes quotes and ampersands. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Phrases the GUIDANCE voice never uses: advice to contact the ex, promises of getting them back, stock consolation. */
const offVoice = [
  /\breach out\b/i,
  /\b(text|call|message|contact|email) (them|him|her|your ex)\b/i,
  /\b(get|win) (them|him|her) back\b/i,
  /\bclosure\b/i,
  /\bmove on\b/i,
  /\bjourney\b/i,
  /\bhappens for a reason\b/i,
  /\bplenty of (other )?fish\b/i,
  /\byou should\b/i,
];

describe('built-in templates', () => {
  const templates = builtinTemplates();

  it("ships exactly the seven stable ids, in the picker's order", () => {
    expect(templates.map((template) => template.id)).toEqual([...builtinTemplateIds]);
  });

  describe.each(templates.map((template) => [template.id, template] as const))('%s', (id, template) => {
    const prompts = promptsInDoc(template.doc);

    it('parses with a name, a one-sentence purpose, a time and a version', () => {
      expect(template.name.length).toBeGreaterThan(3);
      expect(template.description).toMatch(/^[A-Z].{20,200}[.]$/);
      expect(template.description, 'one sentence').not.toMatch(/[.?!]\s+[A-Z]/);
      expect(template.estimatedMinutes).toBeGreaterThanOrEqual(5);
      expect(template.version).toBeGreaterThanOrEqual(1);
    });

    it(`has at least ${id === 'daily' ? 2 : 5} prompts, each with a unique key and room to write after it`, () => {
      expect(prompts.length).toBeGreaterThanOrEqual(id === 'daily' ? 2 : 5);
      expect(new Set(prompts.map((prompt) => prompt.key)).size).toBe(prompts.length);
      const blocks = template.doc.content ?? [];
      blocks.forEach((block, index) => {
        if (block.type === 'prompt') expect(['paragraph', 'taskList']).toContain(blocks[index + 1]?.type);
      });
    });

    it('renders to HTML with every prompt and its hint', () => {
      const html = renderToHTMLString({ content: template.doc, extensions: documentExtensions() });
      expect(html.match(/data-prompt=""/g)).toHaveLength(prompts.length);
      for (const prompt of prompts) {
        expect(html).toContain(escapeHtml(prompt.text));
        if (prompt.hint) expect(html).toContain(escapeHtml(prompt.hint));
      }
      expect(html).not.toMatch(/\s(text|hint|key)="/);
    });

    it('yields plain text without its prompts, so an untouched entry has no words of its own', () => {
      const { text, promptText, wordCount } = extractDocText(template.doc);
      expect(text).toBe('');
      expect(wordCount).toBe(0);
      for (const prompt of prompts) expect(promptText).toContain(prompt.text);
    });

    it('stays in the GUIDANCE voice', () => {
      const words = [template.name, template.description, ...prompts.flatMap((prompt) => [prompt.text, prompt.hint ?? ''])].join('\n');
      for (const phrase of offVoice) expect(words).not.toMatch(phrase);
    });
  });

  it('marks each if-then commitment of "What will be different" as its own checklist item', () => {
    const plan = templates.find((template) => template.id === 'what-will-be-different')!;
    const commitments = promptsInDoc(plan.doc).filter((prompt) => prompt.key?.startsWith('commitment-'));
    expect(commitments.length).toBeGreaterThanOrEqual(2);
    expect(commitments.every((prompt) => prompt.answer === 'checklist')).toBe(true);
  });
});
