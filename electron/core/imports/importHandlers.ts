// Contract handlers for import.dayOne, import.markdown and import.cancel; progress goes out through a callback (today the journal's events).
import type { HandlerContext, HandlerMap } from '../dispatch/handler';
import { AppError } from '../errors/AppError';
import { SettingsRepository } from '../settings/settingsRepository';
import { dayOneSource } from './dayOneSource';
import type { ImportSource } from './importTypes';
import { markdownSource } from './markdownSource';
import { runImport } from './runImport';

/** One import at a time per journal; Cancel marks the running one. */
export function importHandlers(): HandlerMap<'import.dayOne' | 'import.markdown' | 'import.cancel'> {
  let running: { cancelled: boolean } | null = null;

  async function run(source: () => ImportSource, { vault, emit }: HandlerContext) {
    if (running) throw new AppError('CONFLICT', 'Another import is still running. Wait for it to finish, or cancel it.');
    const job = { cancelled: false };
    running = job;
    try {
      const db = vault.database();
      const { pictureMaxEdge } = new SettingsRepository(db).read();
      return await runImport(db, source(), {
        maxEdge: pictureMaxEdge,
        onProgress: (done, total) => emit({ name: 'import.progress', progress: { done, total } }),
        // Locking mid-import cancels it too: the database it was writing to is gone.
        cancelled: () => job.cancelled || !vault.status().unlocked,
      });
    } finally {
      running = null;
    }
  }

  return {
    'import.dayOne': ({ file }, context) => run(() => dayOneSource(file), context),
    'import.markdown': ({ file }, context) => run(() => markdownSource(file), context),
    'import.cancel': () => {
      if (running) running.cancelled = true;
      return { cancelled: running !== null };
    },
  };
}
