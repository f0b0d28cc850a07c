// Seeds a journal database with realistic entries: 20 years of dates, 50–3,000 words (most short), a Zipf vocabulary,
// some Japanese, titles, tags, moods, stars and templates. Deterministic: the same seed writes the same journal.
import type { Db } from '../../../electron/core/db/openDatabase';
import { previewOf } from '../../../electron/core/entries/docText';
import { TagsRepository } from '../../../electron/core/tags/tagsRepository';
import { makeVocabulary, sampleWord } from './vocabulary';
import { seededRandom as prng } from '../../unit/helpers/seededRandom';

/** Planted so the benchmark knows what it is looking for and roughly how often it occurs. */
export const PLANTED = {
  /** In about 1 entry in 6,000. */
  rare: 'lighthouse',
  /** In about 1 entry in 100, as a phrase. */
  phrase: 'kitchen table',
  /** In about 1 entry in 100, inside Japanese text written without spaces. */
  cjk: 'キッチン',
};

const JAPANESE = [
  '今日はキッチンで話した。',
  '雨の音を聞きながら眠った。',
  '友達と駅まで歩いた。',
  '彼のことをまだ考えている。',
  '新しい部屋は静かだ。',
];
const TAGS = [
  'grief',
  'work',
  'family',
  'sleep',
  'therapy',
  'friends',
  'walks',
  'anger',
  'hope',
  'money',
  'health',
  'new flat',
  'music',
  'letters',
];
const TEMPLATES = ['post-mortem', 'their-side', 'next-time', 'daily-check-in', 'unsent-letter', 'gratitude', 'values'];

const uuidFrom = (random: () => number) => {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

function paragraphs(random: () => number, wordCount: number, vocabulary: ReturnType<typeof makeVocabulary>): string[] {
  const result: string[] = [];
  let sentence: string[] = [];
  const paragraph: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    sentence.push(sampleWord(vocabulary, random()));
    if (sentence.length >= 6 + Math.floor(random() * 14) || i === wordCount - 1) {
      const text = sentence.join(' ');
      paragraph.push(`${text[0]!.toUpperCase()}${text.slice(1)}.`);
      sentence = [];
      if (paragraph.length >= 3 + Math.floor(random() * 4)) result.push(paragraph.splice(0).join(' '));
    }
  }
  if (paragraph.length) result.push(paragraph.join(' '));
  return result;
}

/**
 * Writes `count` entries straight into the database with one prepared statement, in one transaction (a commit per entry
 * would sync the disk 50,000 times); returns their ids, newest-written last, and the bytes of text written.
 */
export function seedEntries(db: Db, count: number, seed = 20261129): { ids: string[]; textBytes: number } {
  const random = prng(seed);
  const vocabulary = makeVocabulary();
  const tags = new TagsRepository(db);
  const insert = db.prepare(
    `INSERT INTO entries (id, entry_date, created_at, updated_at, title, doc, text, preview, word_count, mood, template_id, template_version, favorite)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = Date.UTC(2006, 11, 1);
  const span = Date.UTC(2026, 10, 29) - start;
  let textBytes = 0;
  const ids: string[] = [];
  const writeOne = () => {
    const words = 50 + Math.floor(2950 * random() ** 3);
    const body = paragraphs(random, words, vocabulary);
    if (random() < 1 / 100) body.splice(Math.floor(random() * body.length), 0, `We sat at the ${PLANTED.phrase} for hours.`);
    if (random() < 1 / 6000) body.push(`I keep thinking of the ${PLANTED.rare}.`);
    if (random() < 1 / 30) body.push(JAPANESE.map((s, i) => (i === 0 && random() < 0.3 ? s : JAPANESE[1 + (i % 4)]!)).join(''));
    const doc = { type: 'doc', content: body.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
    // What extractDocText would give for these plain paragraphs (its full walk would make seeding take minutes longer).
    const text = body.join('\n');
    const wordCount = words;
    const title = random() < 0.6 ? paragraphs(random, 2 + Math.floor(random() * 4), vocabulary)[0]!.replace(/\.$/, '') : '';
    const when = new Date(start + Math.floor(random() * span));
    const template = random() < 0.2 ? TEMPLATES[Math.floor(random() * TEMPLATES.length)]! : null;
    const mood = random() < 0.7 ? 1 + Math.floor(random() * 5) : null;
    const id = uuidFrom(random);
    ids.push(id);
    const row = insert.run(
      id,
      when.toISOString().slice(0, 10),
      when.toISOString(),
      when.toISOString(),
      title,
      JSON.stringify(doc),
      text,
      previewOf(text),
      wordCount,
      mood,
      template,
      template ? 1 : null,
      random() < 0.03 ? 1 : 0,
    );
    if (random() < 0.3)
      tags.setForEntry(
        Number(row.lastInsertRowid),
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => TAGS[Math.floor(random() * TAGS.length)]!),
      );
    textBytes += Buffer.byteLength(text) + Buffer.byteLength(title);
  };
  db.transaction(() => {
    for (let i = 0; i < count; i++) writeOne();
  })();
  return { ids, textBytes };
}
