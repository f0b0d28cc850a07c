import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/core/db/migrate';
import { migrations } from '../../../../electron/core/db/migrations';
import { openEncryptedDatabase, type Db } from '../../../../electron/core/db/openDatabase';
import { makeTempDir } from '../../helpers/tempJournal';

describe('migrate', () => {
  let db: Db;
  let cleanup: () => void;
  let file: string;
  const key = randomBytes(32);
  beforeEach(() => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    file = path.join(temp.dir, 'journal.db');
    db = openEncryptedDatabase(file, key);
  });
  afterEach(() => {
    if (db.open) db.close();
    cleanup();
  });

  it('brings a new database to the latest version and is idempotent', () => {
    const latest = migrations[migrations.length - 1]!.version;
    expect(migrate(db)).toEqual({ from: 0, to: latest });
    expect(migrate(db)).toEqual({ from: latest, to: latest });
  });

  it('refuses a database from a newer version with VAULT_TOO_NEW', () => {
    migrate(db);
    db.pragma('user_version = 999');
    expect(() => migrate(db)).toThrowError(expect.objectContaining({ code: 'VAULT_TOO_NEW' }));
    expect(schemaVersion(db)).toBe(999);
  });

  it('rolls a step back completely when it throws halfway', () => {
    migrate(db);
    const version = schemaVersion(db);
    const failing = [
      ...migrations,
      {
        version: version + 1,
        name: 'half',
        up: (d: Db) => {
          d.exec('CREATE TABLE half_done (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, failing)).toThrow('boom');
    expect(schemaVersion(db)).toBe(version);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
  });

  it('fails at once with VAULT_CORRUPT when opened with the wrong key', () => {
    migrate(db);
    db.close();
    expect(() => openEncryptedDatabase(file, randomBytes(32))).toThrowError(expect.objectContaining({ code: 'VAULT_CORRUPT' }));
  });
});
