// Finds the members of a JSON object and the elements of its arrays by their bytes, so each element is parsed on its own
// (native JSON.parse) and a file past V8's 512 MiB string limit never becomes one string, nor, read in windows, one buffer.
import type { JsonBytes } from './jsonBytes';

/** The bytes are not JSON (the caller names the file's fault). */
export class JsonSyntaxError extends Error {}

/** A member of the top-level object: its key and the byte range of its value. */
export interface JsonMember {
  key: string;
  start: number;
  end: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
/** A number, true, false or null ends at a delimiter or at the end of the file. */
const endsValue = (byte: number | undefined) =>
  byte === undefined || isSpace(byte) || byte === COMMA || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY;

function skipSpace(bytes: JsonBytes, at: number): number {
  let i = at;
  while (isSpace(bytes.byteAt(i))) i += 1;
  return i;
}

/** `at` is an opening quote; answers the index after its closing quote (one not escaped by an odd run of backslashes). */
function stringEnd(bytes: JsonBytes, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, from);
    if (quote < 0) throw new JsonSyntaxError();
    let slashes = 0;
    while (bytes.byteAt(quote - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * The index after the value starting at `at`: strings by their quotes, objects and arrays by depth, anything else up to the
 * next delimiter. Only the boundaries are found here; JSON.parse of the range checks everything else.
 */
function valueEnd(bytes: JsonBytes, at: number): number {
  const first = bytes.byteAt(at);
  if (first === QUOTE) return stringEnd(bytes, at);
  if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
    let depth = 0;
    for (let i = at; i < bytes.length;) {
      const byte = bytes.byteAt(i);
      if (byte === QUOTE) {
        i = stringEnd(bytes, i);
        continue;
      }
      if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth += 1;
      else if ((byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) && --depth === 0) return i + 1;
      i += 1;
    }
    throw new JsonSyntaxError();
  }
  let i = at;
  while (!endsValue(bytes.byteAt(i))) i += 1;
  if (i === at) throw new JsonSyntaxError();
  return i;
}

/** JSON.parse of one range; a syntax error is the file's. */
export function parseRange(bytes: JsonBytes, start: number, end: number): unknown {
  try {
    return JSON.parse(bytes.text(start, end));
  } catch {
    throw new JsonSyntaxError();
  }
}

/** Whether the bytes (after a byte-order mark and spaces) open an object. */
export function opensObject(bytes: JsonBytes): boolean {
  return bytes.byteAt(skipSpace(bytes, bomLength(bytes))) === OPEN_OBJECT;
}

const bomLength = (bytes: JsonBytes) => (bytes.byteAt(0) === 0xef && bytes.byteAt(1) === 0xbb && bytes.byteAt(2) === 0xbf ? 3 : 0);

/** The members of the top-level object, in file order; nothing but spaces may follow it. */
export function objectMembers(bytes: JsonBytes): JsonMember[] {
  let i = skipSpace(bytes, bomLength(bytes));
  if (bytes.byteAt(i) !== OPEN_OBJECT) throw new JsonSyntaxError();
  i = skipSpace(bytes, i + 1);
  const members: JsonMember[] = [];
  if (bytes.byteAt(i) !== CLOSE_OBJECT) {
    for (;;) {
      if (bytes.byteAt(i) !== QUOTE) throw new JsonSyntaxError();
      const keyEnd = stringEnd(bytes, i);
      const key = parseRange(bytes, i, keyEnd) as string;
      i = skipSpace(bytes, keyEnd);
      if (bytes.byteAt(i) !== COLON) throw new JsonSyntaxError();
      const start = skipSpace(bytes, i + 1);
      const end = valueEnd(bytes, start);
      members.push({ key, start, end });
      i = skipSpace(bytes, end);
      if (bytes.byteAt(i) === CLOSE_OBJECT) break;
      if (bytes.byteAt(i) !== COMMA) throw new JsonSyntaxError();
      i = skipSpace(bytes, i + 1);
    }
  }
  if (skipSpace(bytes, i + 1) !== bytes.length) throw new JsonSyntaxError();
  return members;
}

export const isArrayMember = (bytes: JsonBytes, member: JsonMember) => bytes.byteAt(member.start) === OPEN_ARRAY;

/** Each element of an array member, parsed one at a time. */
export function* arrayElements(bytes: JsonBytes, member: JsonMember): Generator<unknown> {
  for (const [start, end] of arrayRanges(bytes, member)) yield parseRange(bytes, start, end);
}

/** The byte range of each element of an array member, in order (the end tells how far into the file a pass has come). */
export function* arrayRanges(bytes: JsonBytes, member: JsonMember): Generator<[start: number, end: number]> {
  let i = skipSpace(bytes, member.start + 1);
  if (bytes.byteAt(i) === CLOSE_ARRAY) return;
  for (;;) {
    const end = valueEnd(bytes, i);
    yield [i, end];
    i = skipSpace(bytes, end);
    if (bytes.byteAt(i) === CLOSE_ARRAY && i + 1 === member.end) return;
    if (bytes.byteAt(i) !== COMMA) throw new JsonSyntaxError();
    i = skipSpace(bytes, i + 1);
  }
}
