// Input and output schemas of tags.* methods, and the shape of a tag name on the wire (core applies the tag rules).
import { z } from 'zod';

/** Loose on the wire (core trims and checks 1–40 characters, so its message can name the rule). */
export const tagName = z.string().max(200);

const tagCount = z.object({ name: z.string(), count: z.number().int().nonnegative() });
export type TagCount = z.infer<typeof tagCount>;

export const tagsMethods = {
  'tags.list': { input: z.object({}).strict().optional(), output: z.object({ items: z.array(tagCount) }) },
  /** Renaming onto a tag that already exists (case-insensitively) merges the two. */
  'tags.rename': { input: z.object({ from: tagName, to: tagName }).strict(), output: tagCount },
  'tags.delete': { input: z.object({ name: tagName }).strict(), output: z.object({ removedFrom: z.number().int().nonnegative() }) },
};
