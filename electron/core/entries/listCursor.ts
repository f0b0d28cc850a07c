// Opaque list cursors: the sort key of the last row seen, base64url-encoded JSON, validated on the way back in.
import { z } from 'zod';
import type { EntrySummary } from '../../contract';
import { AppError } from '../errors/AppError';

const cursorSchema = z.object({ entryDate: z.string().max(10), createdAt: z.string().max(40), id: z.string().max(64) }).strict();
export type ListCursor = z.infer<typeof cursorSchema>;

export function encodeCursor(entry: Pick<EntrySummary, 'entryDate' | 'createdAt' | 'id'>): string {
  return Buffer.from(JSON.stringify({ entryDate: entry.entryDate, createdAt: entry.createdAt, id: entry.id })).toString('base64url');
}

export function decodeCursor(cursor: string): ListCursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('INVALID_INPUT', 'That list position is not valid. Reload the list.', { field: 'cursor' });
  }
}
