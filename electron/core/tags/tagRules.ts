// Tag names: trimmed, 1–40 characters, no commas or control characters, unique regardless of case.
import { AppError } from '../errors/AppError';

export const TAG_MAX_LENGTH = 40;

/** The name as stored and shown: composed, trimmed, inner runs of spaces made one. */
export function normalizeTagName(raw: string): string {
  const name = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
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
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** A set of names for one entry: each checked, duplicates (by key) dropped, first spelling kept. */
export function normalizeTagList(raw: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of raw.map(normalizeTagName)) if (!byKey.has(tagKey(name))) byKey.set(tagKey(name), name);
  return [...byKey.values()];
}
