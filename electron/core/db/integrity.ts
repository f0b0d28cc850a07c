// SQLite's own consistency checks: quick_check on every open, the full integrity_check on backups before they are trusted.
import { AppError } from '../errors/AppError';
import type { Db } from './openDatabase';

export type CheckKind = 'quick_check' | 'integrity_check';

/** The problems SQLite reports, or [] when the database (or an attached schema) is consistent. */
export function integrityProblems(db: Db, kind: CheckKind, schema = 'main'): string[] {
  const rows = db.pragma(`${schema}.${kind}`) as Array<Record<string, string>>;
  const lines = rows.map((row) => Object.values(row)[0] ?? '');
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}

export const DAMAGED_JOURNAL_MESSAGE =
  'Your journal file is damaged: its integrity check failed. Nothing was deleted. Restore the newest automatic backup (Afterword keeps the damaged file aside), or a backup file you made.';

/** Throws VAULT_CORRUPT when the check finds a problem or cannot even read the pages it needs. */
export function assertIntact(db: Db, kind: CheckKind, message = DAMAGED_JOURNAL_MESSAGE, schema = 'main'): void {
  let problems: string[];
  try {
    problems = integrityProblems(db, kind, schema);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') throw new AppError('VAULT_CORRUPT', message, undefined, error);
    throw error;
  }
  if (problems.length > 0) throw new AppError('VAULT_CORRUPT', message, { problems: problems.length });
}
