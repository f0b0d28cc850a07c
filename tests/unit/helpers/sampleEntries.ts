// Sample documents for export tests: a template entry with prompts, and text in several scripts.
import type { DocNode } from '../../../electron/contract';

export const prompt = (text: string, hint: string | null = null, key: string | null = null): DocNode => ({
  type: 'prompt',
  attrs: { text, hint, key },
});
export const para = (...text: string[]): DocNode => ({ type: 'paragraph', content: text.map((t) => ({ type: 'text', text: t })) });

export const UNICODE_SAMPLES = {
  accents: 'Crème brûlée, Łódź, Ærøskøbing, naïve façade',
  hebrew: 'שלום עולם',
  arabic: 'مرحبا بالعالم',
  cjk: '日本語の文章',
  /** Covered by DejaVu. */
  symbols: '☺ ❤',
  /** Covered by Noto Color Emoji, which .ci/run installs. */
  emoji: '😀 🌱',
};

export function postMortemDoc(answer: string): DocNode {
  return {
    type: 'doc',
    content: [
      prompt('What happened, in your own words?', 'A few sentences is enough.', 'what-happened'),
      para(answer),
      prompt('What did you learn about what you need?', null, 'needs'),
      para('I need ', 'quiet mornings.'),
    ],
  };
}

export function unicodeDoc(): DocNode {
  const s = UNICODE_SAMPLES;
  return { type: 'doc', content: [para(s.accents), para(s.hebrew), para(s.arabic), para(s.cjk), para(s.symbols), para(s.emoji)] };
}
