// The background integrity check: the full integrity_check (index consistency too) on a read-only connection of its own, so the journal's connection keeps answering.
import { integrityProblems } from '../db/integrity';
import { openEncryptedDatabase } from '../db/openDatabase';
import { toAppError } from '../errors/AppError';

export interface IntegrityJob {
  databasePath: string;
  /** A copy of the data key for this job alone; wiped as soon as the connection is open. */
  dataKey: Uint8Array;
  nativeBinding?: string;
}

export type IntegrityResult = { ok: true } | { ok: false; code: string; message?: string; problems?: number };

export function runIntegrityCheck({ databasePath, dataKey, nativeBinding }: IntegrityJob): IntegrityResult {
  const key = Buffer.from(dataKey.buffer, dataKey.byteOffset, dataKey.byteLength);
  try {
    const db = openEncryptedDatabase(databasePath, key, { nativeBinding, readonly: true });
    key.fill(0);
    try {
      const problems = integrityProblems(db, 'integrity_check');
      return problems.length === 0 ? { ok: true } : { ok: false, code: 'VAULT_CORRUPT', problems: problems.length };
    } finally {
      db.close();
    }
  } catch (error) {
    return { ok: false, code: toAppError(error).code };
  } finally {
    key.fill(0);
  }
}
