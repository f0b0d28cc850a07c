// Contract handlers for import.json, import.dayOne, import.markdown and import.cancel: one import at a time, each with progress
// (import.progress events) and a Cancel.
import path from 'node:path';
import type { UploadedFile } from '../../contract/files';
import type { Db } from '../db/openDatabase';
import type { HandlerContext, HandlerMap } from '../dispatch/handler';
import { AppError } from '../errors/AppError';
import { JsonBytes } from '../export/jsonBytes';
import { importJson } from '../export/jsonImport';
import { openUpload, type UploadReader } from '../files/uploadReader';
import { SettingsRepository } from '../settings/settingsRepository';
import { dayOneSource } from './dayOneSource';
import type { ImportControl } from './importBatches';
import { markdownSource } from './markdownSource';
import type { ImportSource } from './importTypes';
import { runImport } from './runImport';

type Run = <T>(context: HandlerContext, work: (db: Db, control: ImportControl, dataDir: string) => Promise<T>) => Promise<T>;

/** import.json reads its upload in windows. */
function jsonImport(file: UploadedFile, db: Db, control: ImportControl, dataDir: string) {
  const reader = openUpload(file, dataDir);
  return importJson(db, new JsonBytes(reader), control).finally(() => reader.close());
}

/** Day One and Markdown zips are read member by member from the upload (their directory is at the file's end). */
async function zipImport(
  source: (file: UploadReader) => ImportSource,
  file: UploadedFile,
  db: Db,
  control: ImportControl,
  dataDir: string,
) {
  const reader = openUpload(file, dataDir);
  try {
    return await runImport(db, source(reader), control);
  } finally {
    reader.close();
  }
}

/** One import at a time per journal; Cancel marks the running one. */
export function importHandlers(): HandlerMap<'import.json' | 'import.dayOne' | 'import.markdown' | 'import.cancel'> {
  let running: { cancelled: boolean } | null = null;

  const run: Run = async ({ vault, emit }, work) => {
    if (running) throw new AppError('CONFLICT', 'Another import is still running. Wait for it to finish, or cancel it.');
    const job = { cancelled: false };
    running = job;
    try {
      const db = vault.database();
      const { pictureMaxEdge } = new SettingsRepository(db).read();
      const control: ImportControl = {
        maxEdge: pictureMaxEdge,
        onProgress: (done, total, stage) => emit({ name: 'import.progress', progress: { done, total, ...(stage && { stage }) } }),
        // Locking mid-import cancels it too: the database it was writing to is gone.
        cancelled: () => job.cancelled || !vault.status().unlocked,
      };
      return await work(db, control, path.dirname(vault.databasePath));
    } finally {
      running = null;
    }
  };

  return {
    'import.json': ({ file }, context) => run(context, (db, control, dataDir) => jsonImport(file, db, control, dataDir)),
    'import.dayOne': ({ file }, context) => run(context, (db, control, dataDir) => zipImport(dayOneSource, file, db, control, dataDir)),
    'import.markdown': ({ file }, context) => run(context, (db, control, dataDir) => zipImport(markdownSource, file, db, control, dataDir)),
    'import.cancel': () => {
      if (running) running.cancelled = true;
      return { cancelled: running !== null };
    },
  };
}
