// Records SQLite's own query plan for every statement a database runs, so a test can say which indexes a query reads.
import type { Db } from '../../../electron/core/db/openDatabase';

/** From now on each run of a statement prepared on `db` pushes its plan (one line per step) onto the returned list. */
export function recordPlans(db: Db): string[][] {
  const plans: string[][] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['all', 'get', 'run'] as const) {
      const run = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      Object.assign(statement, {
        [method]: (...params: unknown[]) => {
          plans.push((prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail));
          return run(...params);
        },
      });
    }
    return statement;
  }) as Db['prepare'];
  return plans;
}
