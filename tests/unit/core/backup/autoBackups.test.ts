import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsDir, listAutomaticBackups, writeDailyBackupIfDue } from '../../../../electron/core/backup/autoBackups';
import { Vault } from '../../../../electron/core/vault/vault';
import { CHEAP_KDF, makeTempDir } from '../../helpers/tempJournal';

describe('automatic daily backups', () => {
  let dir: string;
  let cleanup: () => void;
  let vault: Vault;
  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    vault = new Vault({ dataDir: dir, kdfCost: CHEAP_KDF });
    await vault.create('correct horse battery staple');
  });
  afterEach(() => {
    vault.lock();
    cleanup();
  });

  it('writes one per day and keeps the newest seven, listing them newest first', async () => {
    const source = { db: vault.database(), keyFilePath: vault.keyFilePath, workDir: dir };
    for (let day = 1; day <= 10; day++) {
      const now = new Date(2026, 10, day, 9, 0, 0);
      expect(await writeDailyBackupIfDue(source, now)).toMatch(/auto-2026-11-\d\d\.awbackup$/);
      expect(await writeDailyBackupIfDue(source, new Date(2026, 10, day, 21, 0, 0))).toBeNull();
    }
    expect(readdirSync(backupsDir(dir)).sort()).toEqual([4, 5, 6, 7, 8, 9, 10].map((d) => `auto-2026-11-${String(d).padStart(2, '0')}.awbackup`));
    const listed = listAutomaticBackups(dir);
    expect(listed.map((b) => b.name)[0]).toBe('auto-2026-11-10.awbackup');
    expect(listed.every((b) => b.kind === 'daily' && b.sizeBytes > 0)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith('.backup-'))).toEqual([]);
    expect(path.basename(backupsDir(dir))).toBe('backups');
  });
});
