// Tries a retired secret (and the data key it used to open) against every file under a folder, the way an attacker with a copy would.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeBackup } from '../../../electron/core/backup/backupFormat';
import { openEncryptedDatabase } from '../../../electron/core/db/openDatabase';
import { parseKeyFile } from '../../../electron/core/vault/keyFile';
import { unwrapWithSecret, type UnlockSecret } from '../../../electron/core/vault/unwrapWithSecret';
import { listFiles } from './tempJournal';

/** The file's key slots as vault.json text would be, whether it is a key file or a backup holding one. */
function keyFileParts(bytes: Buffer): { keyFile: Buffer | null; database: Buffer | null } {
  try {
    const backup = decodeBackup(bytes);
    return { keyFile: backup.keyFile, database: backup.database };
  } catch {
    return { keyFile: bytes, database: bytes };
  }
}

function opensWithKey(database: Buffer, key: Buffer): boolean {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'afterword-probe-'));
  const file = path.join(dir, 'probe.db');
  try {
    writeFileSync(file, database);
    const db = openEncryptedDatabase(file, key, { readonly: true });
    // An empty file (a fresh -wal) "opens" with any key and holds nothing: only a schema read through the key counts.
    const tables = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
    db.close();
    return tables > 0;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function opensWithSecret(keyFileBytes: Buffer, secret: UnlockSecret): Promise<boolean> {
  let keyFile;
  try {
    keyFile = parseKeyFile(keyFileBytes.toString('utf8'));
  } catch {
    return false;
  }
  const result = await unwrapWithSecret(keyFile, secret);
  if (result.status === 'ok') result.dataKey.fill(0);
  return result.status === 'ok';
}

/** Every file under dir that the secret unwraps, or that the old data key decrypts (directly, or as a backup's database). */
export async function filesOpenedBy(dir: string, secret: UnlockSecret, oldKey: Buffer): Promise<{ checked: string[]; opened: string[] }> {
  const checked: string[] = [];
  const opened: string[] = [];
  for (const file of listFiles(dir)) {
    const { keyFile, database } = keyFileParts(readFileSync(file));
    checked.push(path.relative(dir, file));
    const bySecret = keyFile !== null && (await opensWithSecret(keyFile, secret));
    const byKey = database !== null && opensWithKey(database, oldKey);
    if (bySecret || byKey) opened.push(`${path.relative(dir, file)} (${bySecret ? 'secret' : 'old data key'})`);
  }
  return { checked, opened };
}
