// One backup file from the journal on disk, on a read-only connection of its own: VACUUM INTO an encrypted copy, integrity_check
// of the copy, then the container streamed to `target` (never the whole file in memory). Runs in a job worker.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { schemaVersion } from '../db/migrate';
import { createPrivateFile, openEncryptedDatabase } from '../db/openDatabase';
import { countLiveEntries, verifyCopy } from './snapshot';
import { writeBackupStreamed } from './streamedBackup';

export interface SnapshotToFile {
  databasePath: string;
  keyFilePath: string;
  /** The data key; wiped here as soon as the connection is open. */
  key: Buffer;
  nativeBinding?: string;
  target: string;
  createdAt: string;
}

export function snapshotToFile({ databasePath, keyFilePath, key, nativeBinding, target, createdAt }: SnapshotToFile): void {
  const copy = path.join(path.dirname(keyFilePath), `.backup-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const db = openEncryptedDatabase(databasePath, key, { nativeBinding, readonly: true });
    key.fill(0);
    try {
      // VACUUM INTO writes with the connection's cipher and key: the copy is as encrypted as the journal itself.
      createPrivateFile(copy);
      db.prepare('VACUUM INTO ?').run(copy);
      verifyCopy(db, copy);
      writeBackupStreamed(target, {
        createdAt,
        schemaVersion: schemaVersion(db),
        entries: countLiveEntries(db),
        keyFile: readFileSync(keyFilePath),
        databaseFile: copy,
      });
    } finally {
      db.close();
    }
  } finally {
    key.fill(0);
    rmSync(copy, { force: true });
    rmSync(`${copy}-journal`, { force: true });
  }
}
