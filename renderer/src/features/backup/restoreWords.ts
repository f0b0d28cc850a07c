// What a restore will do and did, in plain words with the backup's date and both journals' entry counts. Pure.
import type { RestoreOutcome } from '../../contract';

/** "12 March 2026 at 14:05", in the writer's own locale. */
export const formatWhen = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });

export const entriesCount = (n: number): string => `${n.toLocaleString()} ${n === 1 ? 'entry' : 'entries'}`;

/** The confirmation: what replaces what, that the current journal is kept, and what would be missing if it holds more. */
export function restoreConfirmation(preview: RestoreOutcome): string[] {
  const lines = [
    `Your journal will be replaced by the backup from ${formatWhen(preview.createdAt)}, with ${entriesCount(preview.entries)}.`,
  ];
  const current = preview.currentEntries;
  if (current === null) {
    lines.push('The journal here now is kept aside in the data folder, and you can switch back.');
    return lines;
  }
  lines.push(`The journal you have now, with ${entriesCount(current)}, is kept, and you can switch back to it with Undo restore.`);
  if (current > preview.entries) {
    lines.push(
      `The backup has ${entriesCount(current - preview.entries)} fewer. Anything written after it was made stays only in the kept journal.`,
    );
  }
  return lines;
}

/** The result, said once the restored journal is open. */
export function restoreResult(outcome: RestoreOutcome): string {
  const restored = `Your journal is now the backup from ${formatWhen(outcome.createdAt)}, with ${entriesCount(outcome.entries)}.`;
  if (!outcome.replaced) return restored;
  const kept =
    outcome.currentEntries === null ? 'The journal it replaced' : `The journal it replaced, with ${entriesCount(outcome.currentEntries)},`;
  return `${restored} ${kept} is kept: Undo restore switches back to it.`;
}
