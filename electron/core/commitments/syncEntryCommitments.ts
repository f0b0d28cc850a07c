// Keeps an entry's commitments in step with its document on every save: new items added, edited ones revised, removed ones retired.
import type { DocNode } from '../../contract';
import type { CommitmentsRepository } from './commitmentsRepository';
import { extractCommitments } from './extractCommitments';

/** What a commitment found in a document is checked on until the writer says otherwise (docs/TEMPLATES.md). */
export const DEFAULT_RHYTHM = { kind: 'daily' } as const;

/**
 * Call inside the entry's save transaction. `doc` null means the entry left the journal (moved to the Trash): its commitments
 * retire as "removed" and come back if it is restored. A commitment the writer retired stays retired even if its item is still there.
 */
export function syncEntryCommitments(commitments: CommitmentsRepository, entryId: string, doc: DocNode | null): void {
  const found = doc ? extractCommitments(doc) : [];
  const existing = new Map(commitments.rowsOfEntry(entryId).map((row) => [row.item_id, row]));
  for (const item of found) {
    const row = existing.get(item.itemId);
    existing.delete(item.itemId);
    if (!row) {
      commitments.create({ text: item.text, rhythm: DEFAULT_RHYTHM, entryId, itemId: item.itemId });
      continue;
    }
    if (row.status === 'retired' && row.retired_reason === 'removed') commitments.reactivate(row.id);
    if (row.text !== item.text) commitments.update(row.id, { text: item.text });
  }
  for (const row of existing.values()) if (row.status === 'active' && row.item_id !== null) commitments.retire(row.id, 'removed');
}
