// vault.json's last good copy (vault.json.prev): written after every key-file write, read when vault.json itself is damaged or gone.
import { promises as fs } from 'node:fs';
import { AppError } from '../errors/AppError';
import { atomicWriteFile } from '../fs/atomicWriteFile';

export const previousKeyFilePath = (file: string): string => `${file}.prev`;

/** vault.json first, then its copy: a crash between the two leaves the copy one step behind, still a good file. */
export async function writeKeyFileWithCopy(file: string, text: string): Promise<void> {
  await atomicWriteFile(file, text);
  await atomicWriteFile(previousKeyFilePath(file), text);
}

/** A read error that the copy can stand in for: vault.json missing, truncated, unparsable or failing its checksum. */
function isDamage(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'VAULT_TAMPERED';
  return (error as { code?: string } | null)?.code === 'ENOENT';
}

/**
 * Parses vault.json, falling back to vault.json.prev when it is damaged. The fallback repairs vault.json from the copy and
 * keeps the damaged file aside (vault.json.damaged-<time>) instead of deleting it. A forged file that passes the checksum
 * is not "damage": its keyed MAC fails later, at unlock, with VAULT_TAMPERED.
 */
export async function readKeyFileOrCopy<T>(file: string, parse: (text: string) => T): Promise<T> {
  try {
    return parse(await fs.readFile(file, 'utf8'));
  } catch (mainError) {
    if (!isDamage(mainError)) throw mainError;
    const copyText = await fs.readFile(previousKeyFilePath(file), 'utf8').catch(() => null);
    if (copyText === null) throw mainError;
    let parsed: T;
    try {
      parsed = parse(copyText);
    } catch {
      throw new AppError(
        'VAULT_TAMPERED',
        "The journal's key file (vault.json) and its spare copy (vault.json.prev) are both damaged, so the journal cannot be unlocked. Nothing was deleted; restore a backup.",
      );
    }
    await repairFromCopy(file, copyText);
    return parsed;
  }
}

async function repairFromCopy(file: string, copyText: string): Promise<void> {
  const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await fs.rename(file, aside).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await atomicWriteFile(file, copyText);
}
