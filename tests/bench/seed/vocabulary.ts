// A Zipf-distributed vocabulary for seeded journals: everyday words at the top, invented but word-like ones in the long tail.

const COMMON = `the I and to a of it was in that my me he we but for not just so had on with felt what about be is this
like she they at all you would have were when as do one time know think if out up how there been them day still again
really from because night home said something never could back even didn't by want talk talked can get much now an or
away our his her feel feeling going more who morning today thought remember remembered things why long last tired
sleep walk walked friend friends work better hard first little see over told being anything new made through them after
only tomorrow week weeks months quiet alone together tried trying love miss missed cried angry sad calm hope hoped
room kitchen flat house call called message text phone coffee tea rain sun window door bed car train city street
mother father sister brother mum dad therapist tonight evening afternoon weekend year everything nothing someone
maybe enough already always sometimes often stop stopped start started leave left right wrong okay fine good bad`.split(/\s+/);

const ONSETS = [
  'b',
  'br',
  'c',
  'cl',
  'd',
  'dr',
  'f',
  'fl',
  'g',
  'gr',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pl',
  'r',
  's',
  'st',
  'sh',
  't',
  'tr',
  'v',
  'w',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y'];
const CODAS = ['', 'n', 'r', 'l', 's', 't', 'nd', 'st', 'ck', 'ng', 'm', 'rd'];

/** Invented words from syllables, each distinct: the long tail a real vocabulary has (names, places, rare words). */
function tailWords(count: number, taken: Set<string>): string[] {
  const words: string[] = [];
  for (let i = 0; words.length < count; i++) {
    let n = i;
    let word = '';
    const syllables = 2 + (i % 2);
    for (let s = 0; s < syllables; s++) {
      word += ONSETS[n % ONSETS.length]! + VOWELS[Math.floor(n / ONSETS.length) % VOWELS.length]!;
      n = Math.floor(n / (ONSETS.length * VOWELS.length));
    }
    word += CODAS[i % CODAS.length]!;
    if (!taken.has(word)) {
      taken.add(word);
      words.push(word);
    }
  }
  return words;
}

export interface Vocabulary {
  words: string[];
  /** Cumulative Zipf weights (s = 1.07), for sampling by binary search. */
  cumulative: Float64Array;
}

export function makeVocabulary(size = 30_000): Vocabulary {
  const taken = new Set(COMMON);
  const words = [...COMMON, ...tailWords(size - COMMON.length, taken)];
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let rank = 0; rank < words.length; rank++) cumulative[rank] = sum += 1 / (rank + 1) ** 1.07;
  return { words, cumulative };
}

export function sampleWord(vocabulary: Vocabulary, random: number): string {
  const target = random * vocabulary.cumulative[vocabulary.cumulative.length - 1]!;
  let lo = 0;
  let hi = vocabulary.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary.cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary.words[lo]!;
}
