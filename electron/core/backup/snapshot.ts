// Makes the bytes of one backup file from the open journal: VACUUM INTO an encrypted copy, verify it, pack it with vault.json.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { assertIntact } from '../db/integrity';
import { schemaVersion } from '../db/migrate';
import { createPrivateFile, type Db } from '../db/openDatabase';
import { encodeBackup } from './backupFormat';

export interface SnapshotSource {
  db: Db;
  keyFilePath: string;
  /** The copy is made here (the data folder), so it never lands on another, possibly shared, disk. */
  workDir: string;
}

const COPY_SCHEMA = 'backup_copy';

export function snapshotBackup({ db, keyFilePath, workDir }: SnapshotSource, now = new Date()): Buffer {
  const copy = path.join(workDir, `.backup-${randomBytes(6).toString('hex')}.tmp`);
  try {
    // VACUUM INTO writes with the connection's cipher and key: the copy is as encrypted as the journal itself. It accepts an
    // existing empty file, which is made private first.
    createPrivateFile(copy);
    db.prepare('VACUUM INTO ?').run(copy);
    verifyCopy(db, copy);
    return encodeBackup({
      createdAt: now.toISOString(),
      schemaVersion: schemaVersion(db),
      entries: countLiveEntries(db),
      keyFile: readFileSync(keyFilePath),
      database: readFileSync(copy),
    });
  } finally {
    rmSync(copy, { force: true });
    rmSync(`${copy}-journal`, { force: true });
  }
}

/** Entries outside the Trash: the number a person recognises as the size of their journal. */
export function countLiveEntries(db: Db, schema = 'main'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${schema}.entries WHERE deleted_at IS NULL`).get() as { n: number }).n;
}

/** ATTACH without a key reuses the journal's key, so a passing integrity_check also proves the copy decrypts. */
export function verifyCopy(db: Db, copy: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${COPY_SCHEMA}`).run(copy);
  try {
    assertIntact(
      db,
      'integrity_check',
      'The backup copy of your journal failed its integrity check, so it was not kept. Your journal itself is unchanged.',
      COPY_SCHEMA,
    );
  } finally {
    db.exec(`DETACH DATABASE ${COPY_SCHEMA}`);
  }
}
