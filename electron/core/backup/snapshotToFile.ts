// One backup file from the journal on disk, on a read-only connection of its own: VACUUM INTO an encrypted copy, integrity_check
// of the copy, then the container streamed to a file or a writer (never the whole file in memory). Runs in a job worker.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { schemaVersion } from '../db/migrate';
import { createPrivateFile, openEncryptedDatabase } from '../db/openDatabase';
import type { OnProgress } from '../jobs/jobProgress';
import { countLiveEntries, verifyCopy } from './snapshot';
import { writeBackupContainer, writeBackupStreamed, type StreamedBackupInput } from './streamedBackup';

export interface SnapshotSource {
  databasePath: string;
  keyFilePath: string;
  /** The data key; wiped here as soon as the connection is open. */
  key: Buffer;
  nativeBinding?: string;
  createdAt: string;
  /** Where the working copy goes (a caller that may stop the job names it, to remove it); by default a new name in the data folder. */
  copy?: string;
  /** Three steps: copied, checked, written. */
  onProgress?: OnProgress;
}

/** The steps a person can tell apart: the copy, its check, the file. */
export const SNAPSHOT_STEPS = 3;

export const workCopyPath = (keyFilePath: string) => path.join(path.dirname(keyFilePath), `.backup-${randomBytes(6).toString('hex')}.tmp`);

export function removeWorkCopy(copy: string): void {
  rmSync(copy, { force: true });
  rmSync(`${copy}-journal`, { force: true });
}

function snapshot(source: SnapshotSource, write: (input: StreamedBackupInput) => void): void {
  const { databasePath, keyFilePath, key, nativeBinding, createdAt, onProgress = () => {} } = source;
  const copy = source.copy ?? workCopyPath(keyFilePath);
  try {
    const db = openEncryptedDatabase(databasePath, key, { nativeBinding, readonly: true });
    key.fill(0);
    try {
      onProgress(0, SNAPSHOT_STEPS);
      // VACUUM INTO writes with the connection's cipher and key: the copy is as encrypted as the journal itself.
      createPrivateFile(copy);
      db.prepare('VACUUM INTO ?').run(copy);
      onProgress(1, SNAPSHOT_STEPS);
      verifyCopy(db, copy);
      onProgress(2, SNAPSHOT_STEPS);
      write({
        createdAt,
        schemaVersion: schemaVersion(db),
        entries: countLiveEntries(db),
        keyFile: readFileSync(keyFilePath),
        databaseFile: copy,
      });
      onProgress(3, SNAPSHOT_STEPS);
    } finally {
      db.close();
    }
  } finally {
    key.fill(0);
    removeWorkCopy(copy);
  }
}

/** The daily backup: written atomically to `target`. */
export function snapshotToFile(source: SnapshotSource & { target: string }): void {
  snapshot(source, (input) => writeBackupStreamed(source.target, input));
}

/** backup.create: the container handed to `write` piece by piece (a sealed temporary file the shell streams out). */
export function snapshotToWriter(source: SnapshotSource, write: (data: Buffer) => void): void {
  snapshot(source, (input) => writeBackupContainer(input, write));
}
