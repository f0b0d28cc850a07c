// Runs on every unlock, after migrations: adds missing built-ins and upgrades those whose shipped version is newer.
import type { Db } from '../db/openDatabase';
import { builtinTemplates } from './builtinTemplates';
import type { BuiltinTemplate } from './templateSource';

export interface SyncReport {
  added: string[];
  upgraded: string[];
}

/**
 * Only rows of kind 'builtin' are ever written. Custom templates (including copies of built-ins)
 * and entries are untouched: an entry holds its own copy of the document it started from.
 */
export function syncBuiltinTemplates(db: Db, shipped: readonly BuiltinTemplate[] = builtinTemplates(), now = new Date()): SyncReport {
  const report: SyncReport = { added: [], upgraded: [] };
  const stamp = now.toISOString();
  const findVersion = db.prepare(`SELECT version FROM templates WHERE id = ? AND kind = 'builtin'`);
  const insert = db.prepare(
    `INSERT INTO templates (id, name, description, kind, doc, version, estimated_minutes, mood_check, created_at, updated_at)
     VALUES (@id, @name, @description, 'builtin', @doc, @version, @estimatedMinutes, @moodCheck, @stamp, @stamp)`,
  );
  const upgrade = db.prepare(
    `UPDATE templates SET name = @name, description = @description, doc = @doc, version = @version, estimated_minutes = @estimatedMinutes,
       mood_check = @moodCheck, updated_at = @stamp WHERE id = @id AND kind = 'builtin'`,
  );
  db.transaction(() => {
    for (const template of shipped) {
      const row = findVersion.get(template.id) as { version: number } | undefined;
      const params = { ...template, doc: JSON.stringify(template.doc), moodCheck: template.moodCheck ? 1 : 0, stamp };
      if (!row) {
        insert.run(params);
        report.added.push(template.id);
      } else if (template.version > row.version) {
        upgrade.run(params);
        report.upgraded.push(template.id);
      }
    }
  })();
  return report;
}
