// Every row of every table of a journal, read through a second connection with its own data key: proves an operation left
// the journal exactly as it was (search indexes are compared through what search answers, not their internal pages).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openEncryptedDatabase } from '../../../electron/core/db/openDatabase';
import { parseKeyFile } from '../../../electron/core/vault/keyFile';
import { unwrapWithSecret } from '../../../electron/core/vault/unwrapWithSecret';
import { DATABASE_FILE_NAME, KEY_FILE_NAME } from '../../../electron/core/vault/vault';

/** FTS5 keeps its index in shadow tables whose pages differ after an insert and a delete of the same rows; their content does not. */
const isSearchIndex = (name: string) => /^entries_(fts|trigram)/.test(name);

export async function journalRows(dir: string, passphrase: string): Promise<Record<string, string[]>> {
  const keyFile = parseKeyFile(readFileSync(path.join(dir, KEY_FILE_NAME), 'utf8'));
  const unwrapped = await unwrapWithSecret(keyFile, { passphrase });
  if (unwrapped.status !== 'ok') throw new Error('the passphrase did not open the journal');
  const db = openEncryptedDatabase(path.join(dir, DATABASE_FILE_NAME), unwrapped.dataKey, { readonly: true });
  unwrapped.dataKey.fill(0);
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'`)
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables
        .filter((name) => !isSearchIndex(name))
        .map((name) => [
          name,
          db
            .prepare(`SELECT * FROM "${name}"`)
            .all()
            .map((row) => JSON.stringify(row))
            .sort(),
        ]),
    );
  } finally {
    db.close();
  }
}
