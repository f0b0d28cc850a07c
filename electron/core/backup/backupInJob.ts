// backup.create's file, made in a job worker (jobs/backupFileJob.ts) and streamed into a sealed temporary file the shell streams
// out, so saves keep answering while the backup is made and the journal's thread never holds the file.
import type { FileOnDisk } from '../../contract';
import type { HandlerContext } from '../dispatch/handler';
import { runFileJob } from '../jobs/runFileJob';
import { removeWorkCopy, workCopyPath } from './snapshotToFile';

export async function backupInJob(context: Pick<HandlerContext, 'vault' | 'jobs' | 'emit' | 'now'>, fileName: string): Promise<FileOnDisk> {
  const copy = workCopyPath(context.vault.keyFilePath);
  try {
    return await runFileJob(context, 'backup.create', (base) => ({
      kind: 'backup-file',
      ...base,
      keyFilePath: context.vault.keyFilePath,
      copy,
      fileName,
      createdAt: context.now().toISOString(),
    }));
  } finally {
    // A job stopped in the middle of VACUUM INTO leaves its copy (encrypted, but of no use): removed once the job has ended.
    removeWorkCopy(copy);
  }
}
