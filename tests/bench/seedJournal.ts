// Seeds a realistic encrypted journal for benchmarks: twenty years of entries, median ~260 words, a third from templates,
// half tagged. Reusable: `await seedJournal(dir, { entries: 50_000 })`, then open the folder with the same passphrase.
import type { Doc } from '../../electron/contract';
import { EntriesRepository } from '../../electron/core/entries/entriesRepository';
import { tagKey } from '../../electron/core/tags/tagRules';
import { Vault } from '../../electron/core/vault/vault';
import type { KdfParams } from '../../electron/core/vault/kdf';
import { seededRandom as random } from '../unit/helpers/seededRandom';

export const SEED_PASSPHRASE = 'benchmark passphrase, long enough';

export interface SeedOptions {
  entries: number;
  passphrase?: string;
  /** Argon2id cost of the key slots; the default is the app's own, so unlock costs what a person's does. */
  kdfCost?: Omit<KdfParams, 'name' | 'salt'>;
  /** Same seed, same journal. */
  seed?: number;
}

const WORDS = (
  'the a and I to of it was that in my me he she we you not but for with on at this what just so all they be like ' +
  'today morning evening walk kitchen coffee rain window letter phone message silence friend sister mother work train ' +
  'remember wanted felt tired lighter heavy again still never always maybe slowly honest quiet ended began kept left ' +
  'home city winter spring summer autumn night sleep dream list plan promise therapy journal breathe forgive angry sad'
).split(' ');
const TAGS = ['grief', 'work', 'family', 'sleep', 'therapy', 'friends', 'anger', 'hope', 'dating', 'health'];
const TEMPLATES = ['post-mortem', 'their-side', 'daily', 'gratitude'];
const DAY_MS = 86_400_000;

/** Word counts spread around a median of ~260 (log-normal-ish): many short entries, a few very long ones. */
function wordCount(next: () => number): number {
  const normal = Math.sqrt(-2 * Math.log(next() || 1e-9)) * Math.cos(2 * Math.PI * next());
  return Math.max(5, Math.round(260 * Math.exp(0.7 * normal)));
}

export function seededDoc(words: number, next: () => number): Doc {
  const paragraphs: Doc[] = [];
  for (let left = words; left > 0;) {
    const size = Math.min(left, 30 + Math.floor(next() * 60));
    const text = Array.from({ length: size }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: `${text[0]!.toUpperCase()}${text.slice(1)}.` }] });
    left -= size;
  }
  return { type: 'doc', content: paragraphs };
}

/** Creates the journal in `dataDir` and fills it in one transaction; returns the ids in the order written. */
export async function seedJournal(dataDir: string, options: SeedOptions): Promise<string[]> {
  const vault = new Vault({ dataDir, kdfCost: options.kdfCost });
  await vault.create(options.passphrase ?? SEED_PASSPHRASE);
  const next = random(options.seed ?? 20_26);
  const db = vault.database();
  const repo = new EntriesRepository(db);
  const start = Date.UTC(2006, 0, 1);
  const span = 20 * 365 * DAY_MS;
  const ids: string[] = [];
  const addTag = db.prepare('INSERT INTO tags (name, key) VALUES (?, ?)');
  const tagIds = TAGS.map((name) => Number(addTag.run(name, tagKey(name)).lastInsertRowid));
  const tag = db.prepare('INSERT OR IGNORE INTO entry_tags (entry_seq, tag_id) VALUES ((SELECT seq FROM entries WHERE id = ?), ?)');
  db.transaction(() => {
    for (let i = 0; i < options.entries; i++) {
      const at = new Date(start + Math.floor((i / options.entries) * span + next() * DAY_MS));
      const fromTemplate = next() < 1 / 3;
      const entry = repo.create(
        {
          entryDate: at.toISOString().slice(0, 10),
          title: fromTemplate ? `Reflection ${i}` : `Day ${i}`,
          doc: seededDoc(wordCount(next), next),
          mood: 1 + Math.floor(next() * 5),
          templateId: fromTemplate ? TEMPLATES[i % TEMPLATES.length]! : null,
          templateVersion: fromTemplate ? 1 : null,
        },
        at,
      );
      ids.push(entry.id);
      if (next() < 0.5) tag.run(entry.id, tagIds[i % tagIds.length]!);
    }
  })();
  vault.lock();
  return ids;
}
