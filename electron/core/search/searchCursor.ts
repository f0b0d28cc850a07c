// Opaque search cursors: the sort key of the last hit seen (score and row for relevance, date for newest), validated on the way back in.
import { z } from 'zod';
import { AppError } from '../errors/AppError';

const cursorSchema = z.discriminatedUnion('sort', [
  z.object({ sort: z.literal('relevance'), score: z.number(), seq: z.number().int() }).strict(),
  z.object({ sort: z.literal('newest'), entryDate: z.string().max(10), createdAt: z.string().max(40), id: z.string().max(64) }).strict(),
]);
export type SearchCursor = z.infer<typeof cursorSchema>;

export const encodeSearchCursor = (cursor: SearchCursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

export function decodeSearchCursor(cursor: string, sort: SearchCursor['sort']): SearchCursor {
  try {
    const parsed = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.sort === sort) return parsed;
  } catch {
    // Falls through to the one error below.
  }
  throw new AppError('INVALID_INPUT', 'That results position is not valid for this search. Search again.', { field: 'cursor' });
}
