// Schema migrations by PRAGMA user_version: each numbered step in its own transaction; a newer file is refused untouched.
import { AppError } from '../errors/AppError';
import type { Db } from './openDatabase';
import { migrations, type Migration } from './migrations';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db, steps: readonly Migration[] = migrations): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = steps.length === 0 ? 0 : steps[steps.length - 1]!.version;
  if (from > latest) throw new AppError('VAULT_TOO_NEW');
  for (const step of steps) {
    if (step.version <= schemaVersion(db)) continue;
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
  return { from, to: schemaVersion(db) };
}
