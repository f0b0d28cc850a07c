// A small seeded generator of hostile request bodies for every contract method (fast-check is not a dependency).
// The same seed always yields the same bodies, so a failure names its seed and case and reproduces exactly.
import { seededRandom } from '../helpers/seededRandom';

export interface FuzzCase {
  /** What kind of attack this is, for the failure message. */
  kind: string;
  /** The exact request body, built as text so it can hold what JSON.stringify cannot (1e309, __proto__ keys, broken JSON). */
  body: string;
}

/** Field names the contract uses, so mutants reach past "unknown key" into each field's own checks. */
const FIELDS = [
  'id',
  'title',
  'doc',
  'entryDate',
  'mood',
  'favorite',
  'baseVersion',
  'cursor',
  'limit',
  'passphrase',
  'recoveryCode',
  'current',
  'next',
  'rotateRecoveryCode',
  'autoLockMinutes',
  'templateId',
  'query',
  'from',
  'to',
  'format',
  'ids',
];
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__defineGetter__',
  '',
  ' ',
  '\u0000',
  'ключ',
  '🔑',
];

const JUNK_STRINGS = [
  '\\ud800', // a lone surrogate, escaped so the body stays valid JSON
  '\\udfff\\ud800',
  '\\u0000\\u0000',
  '\u202e\u2066reversed\u2069',
  '\u200b\u200c\u200d\ufeff',
  'Z̴̡̛̖͔̈́ả̵̢̛̪l̸̰̈́g̶̣̓o̷͇͝',
  '👩‍❤️‍💋‍👩🏳️‍⚧️',
  '%00%2e%2e%2f',
  "'; DROP TABLE entries; --",
  '<img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  'x\r\nSet-Cookie: a=b',
];
/** Raw number literals, including ones JSON.parse turns into Infinity, 0 or an imprecise integer. */
const JUNK_NUMBERS = ['1e309', '-1e309', '1e-400', '-0', '9007199254740993', '0.1', '-1', '1.5', '1e21', '123456789012345678901234567890'];

export function generateCases(seed: number, count: number): FuzzCase[] {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const str = (s: string) => `"${s}"`;
  const scalar = (): string =>
    pick([
      () => pick(JUNK_NUMBERS),
      () => str(pick(JUNK_STRINGS)),
      () => pick(['true', 'false', 'null', '[]', '{}', '""']),
      () => str('x'.repeat(pick([1, 64, 513, 1025, 70_000, 200_000]))),
    ])();
  const deep = (levels: number, open: string, close: string, leaf: string) => open.repeat(levels) + leaf + close.repeat(levels);
  const value = (): string =>
    pick([
      scalar,
      scalar,
      () => `[${Array.from({ length: 1 + int(4) }, scalar).join(',')}]`,
      () => deep(pick([50, 1_000, 20_000]), '[', ']', '1'),
      () => deep(pick([50, 1_000, 20_000]), '{"content":[', ']}', '{"type":"doc"}'),
      () =>
        `{"type":"doc","content":[${deep(pick([200, 5_000]), '{"type":"blockquote","content":[', ']}', '{"type":"text","text":"x"}')}]}`,
      () => `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`,
    ])();
  const key = () => str(random() < 0.5 ? pick(FIELDS) : pick(HOSTILE_KEYS));
  const object = (size: number) => `{${Array.from({ length: size }, () => `${key()}:${value()}`).join(',')}}`;

  const kinds: Array<[string, () => string]> = [
    ['wrong top-level type', scalar],
    ['array instead of object', () => `[${object(1 + int(3))}]`],
    ['random fields with hostile values', () => object(1 + int(4))],
    ['prototype-pollution keys', () => `{"__proto__":{"polluted":true},${key()}:${value()}}`],
    ['constructor.prototype', () => `{"constructor":{"prototype":{"polluted":true}},${key()}:${value()}}`],
    ['deeply nested object', () => `{${key()}:${deep(pick([1_000, 20_000]), '{"a":', '}', '1')}}`],
    ['deeply nested array', () => deep(pick([1_000, 30_000]), '[', ']', '0')],
    ['huge key', () => `{${str('k'.repeat(pick([10_000, 200_000])))}:1}`],
    ['many keys', () => `{${Array.from({ length: 5_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`],
    ['duplicate keys', () => `{${key()}:1,${key()}:${value()},${key()}:${value()}}`],
    [
      'broken JSON',
      () => pick(['{', '{"a":', '[1,2', '{"a":1}}', 'NaN', '{"limit":NaN}', '{"x":Infinity}', "{'a':1}", '\u0000', '{"a":1,}', '\ufeff{}']),
    ],
    ['truncated document', () => object(2 + int(3)).slice(0, 1 + int(40))],
  ];
  return Array.from({ length: count }, () => {
    const [kind, make] = pick(kinds);
    return { kind, body: make() };
  });
}
