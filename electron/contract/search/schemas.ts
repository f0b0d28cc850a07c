// Input and output schemas of search.query: a query a person types, filters, and plain-text snippets with UTF-16 highlight ranges.
import { z } from 'zod';
import { isoDate, mood } from '../entities';
import { tagName } from '../tags/schemas';
import { templateId } from '../templates/schemas';

export const searchFiltersSchema = z
  .object({
    tags: z.array(tagName).max(50).optional(),
    favorite: z.boolean().optional(),
    templateId: templateId.optional(),
    /** Closing moods to keep (1–5). */
    mood: z.array(mood).max(5).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export const searchSorts = ['relevance', 'newest'] as const;
export type SearchSort = (typeof searchSorts)[number];

const searchHit = z.object({
  id: z.string(),
  entryDate: isoDate,
  title: z.string(),
  templateId: z.string().nullable(),
  /** Plain text, never HTML: the renderer builds highlighted DOM from text nodes. */
  snippet: z.string(),
  /** [start, end) UTF-16 offsets into `snippet`, ascending, not overlapping. */
  highlights: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchMethods = {
  'search.query': {
    input: z
      .object({
        q: z.string().max(1000),
        filters: searchFiltersSchema.optional(),
        sort: z.enum(searchSorts).optional(),
        limit: z.number().int().min(1).max(100).optional(),
        cursor: z.string().max(512).nullable().optional(),
      })
      .strict(),
    output: z.object({
      items: z.array(searchHit),
      nextCursor: z.string().nullable(),
      total: z.number().int().nonnegative(),
      /** The order the items are in: a word found in thousands of entries is listed newest first rather than ranked. */
      sort: z.enum(searchSorts),
    }),
  },
};
