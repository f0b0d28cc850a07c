// Re-encrypts one SQLCipher file under a new key in place (PRAGMA rekey, out of WAL mode), then proves the new key opens it.
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { assertIntact } from '../db/integrity';
import { openEncryptedDatabase } from '../db/openDatabase';

/** Only ever run on a private copy: the journal itself is replaced by rename once the copy is whole (rekeyJournal.ts). */
export function rekeyDatabaseFile(file: string, oldKey: Buffer, newKey: Buffer, nativeBinding?: string): void {
  const db = openEncryptedDatabase(file, oldKey, { nativeBinding });
  try {
    // SQLite3MultipleCiphers refuses to rekey in WAL mode; the journal goes back to WAL when it is next opened.
    db.pragma('journal_mode = DELETE');
    // The hex string cannot be zeroed (JS strings are immutable); it lives only for this call.
    db.pragma(`rekey="x'${newKey.toString('hex')}'"`);
  } finally {
    db.close();
  }
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const check = openEncryptedDatabase(file, newKey, { nativeBinding, readonly: true });
  try {
    assertIntact(
      check,
      'quick_check',
      'The re-encrypted copy of your journal failed its check, so it was not used. Your journal is unchanged.',
    );
  } finally {
    check.close();
  }
}
