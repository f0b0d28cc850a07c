// backup.create's bytes, made in a job worker (jobs/backupFileJob.ts) into a private temporary file in the data folder and read
// back without blocking, so saves keep answering while the backup is made.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/AppError';
import type { OffThread } from '../jobs/offThread';
import type { Vault } from '../vault/vault';

export async function backupInJob(vault: Vault, jobs: Pick<OffThread, 'run'>, now: Date): Promise<Uint8Array> {
  const target = path.join(path.dirname(vault.keyFilePath), `.backup-file-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const result = await jobs.run({
      kind: 'backup-file',
      databasePath: vault.databasePath,
      keyFilePath: vault.keyFilePath,
      dataKey: vault.dataKeyCopy(),
      nativeBinding: vault.nativeBinding,
      target,
      createdAt: now.toISOString(),
    });
    if (!result.ok) throw new AppError(result.code, result.message);
    return await fs.readFile(target);
  } finally {
    await fs.rm(target, { force: true });
  }
}
