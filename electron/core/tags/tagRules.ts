// Tag names: trimmed, 1–40 characters, no commas or control characters, unique regardless of case.
import { AppError } from '../errors/AppError';

export const TAG_MAX_LENGTH = 40;

/** Composed, trimmed, inner runs of spaces made one: the form every name is compared and stored in. */
const folded = (raw: string) => raw.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The name as stored and shown. */
export function normalizeTagName(raw: string): string {
  const name = folded(raw);
  const length = [...name].length;
  if (length === 0)
    throw new AppError('INVALID_INPUT', 'A tag needs at least one letter or number. Nothing was changed.', { field: 'tags' });
  if (length > TAG_MAX_LENGTH) {
    throw new AppError(
      'INVALID_INPUT',
      `A tag can be at most ${TAG_MAX_LENGTH} characters; “${[...name].slice(0, 20).join('')}…” is longer. Nothing was changed.`,
      { field: 'tags' },
    );
  }
  // A comma adds a tag in the tag field, so it cannot be part of one; control characters are invisible.
  if (/[,\p{Cc}\p{Cf}]/u.test(name))
    throw new AppError('INVALID_INPUT', 'A tag cannot contain a comma or invisible characters. Nothing was changed.', { field: 'tags' });
  return name;
}

/** What makes two names the same tag: Grief, grief and GRIEF are one. */
export function tagKey(name: string): string {
  return folded(name).toLowerCase();
}

/** A set of names for one entry: each checked, duplicates (by key) dropped, first spelling kept. */
export function normalizeTagList(raw: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of raw.map(normalizeTagName)) if (!byKey.has(tagKey(name))) byKey.set(tagKey(name), name);
  return [...byKey.values()];
}

/**
 * A tag from another app made to fit these rules instead of refused (an import must not fail over a tag):
 * commas and invisible characters become spaces, and a long name is cut to the limit. Null when nothing is left.
 */
export function importedTagName(raw: string): string | null {
  const cleaned = folded(raw.normalize('NFC').replace(/[,\p{Cc}\p{Cf}]/gu, ' '));
  const name = [...cleaned].slice(0, TAG_MAX_LENGTH).join('').trim();
  return name === '' ? null : name;
}
