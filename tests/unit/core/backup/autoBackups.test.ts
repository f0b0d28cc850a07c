import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsDir, listAutomaticBackups } from '../../../../electron/core/backup/autoBackups';
import { decodeBackup } from '../../../../electron/core/backup/backupFormat';
import { runDailyBackupJob } from '../../../../electron/core/jobs/dailyBackupJob';
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
    const job = (day: number, hour: number) => {
      const at = new Date(2026, 10, day, hour, 0, 0);
      const result = runDailyBackupJob({
        databasePath: vault.databasePath,
        keyFilePath: vault.keyFilePath,
        dataKey: vault.dataKeyCopy(),
        day: `2026-11-${String(day).padStart(2, '0')}`,
        createdAt: at.toISOString(),
      });
      return result.ok ? result.file : result.code;
    };
    for (let day = 1; day <= 10; day++) {
      expect(job(day, 9)).toMatch(/auto-2026-11-\d\d\.awbackup$/);
      expect(job(day, 21)).toBeNull();
    }
    expect(readdirSync(backupsDir(dir)).sort()).toEqual(
      [4, 5, 6, 7, 8, 9, 10].map((d) => `auto-2026-11-${String(d).padStart(2, '0')}.awbackup`),
    );
    const listed = listAutomaticBackups(dir);
    expect(listed.map((b) => b.name)[0]).toBe('auto-2026-11-10.awbackup');
    expect(listed.every((b) => b.kind === 'daily' && b.sizeBytes > 0)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith('.backup-'))).toEqual([]);
    // The streamed file is the same container backup.create makes: it decodes with every digest checked.
    expect(decodeBackup(readFileSync(path.join(backupsDir(dir), 'auto-2026-11-10.awbackup'))).header.schemaVersion).toBeGreaterThan(0);
    expect(path.basename(backupsDir(dir))).toBe('backups');
  });
});
