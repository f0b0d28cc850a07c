// The journal's side of a job that makes a file (export.json, export.markdown, backup.create): it opens the sealed temporary file,
// starts the job, passes its progress on as export.progress, and hands the file out, or closes and deletes it (failed, cancelled).
import path from 'node:path';
import type { FileOnDisk } from '../../contract';
import type { FileJobMethod } from '../../contract/exports/names';
import type { HandlerContext } from '../dispatch/handler';
import { AppError } from '../errors/AppError';
import { closeSealedTarget, openSealedTarget } from '../files/sealedTempFile';
import type { FileJobBase } from './fileJob';
import type { Job } from './jobs';

type FileJob = Extract<Job, { kind: 'export-file' | 'backup-file' }>;

export async function runFileJob(
  { vault, jobs, emit }: Pick<HandlerContext, 'vault' | 'jobs' | 'emit'>,
  method: FileJobMethod,
  make: (base: FileJobBase) => FileJob,
): Promise<FileOnDisk> {
  const dataKey = vault.dataKeyCopy();
  const target = openSealedTarget(path.dirname(vault.keyFilePath));
  let handedOut = false;
  try {
    const job = make({ databasePath: vault.databasePath, dataKey, nativeBinding: vault.nativeBinding, target });
    const result = await jobs.run(job, {
      name: method,
      onProgress: (done, total) => emit({ name: 'export.progress', job: method, done, total }),
    });
    if (!result.ok) throw new AppError(result.code, result.message);
    handedOut = true;
    return result.file;
  } finally {
    dataKey.fill(0);
    // The job has ended (its worker is gone): nothing writes to the file any more.
    closeSealedTarget(target, !handedOut);
  }
}
