import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, peekBackupHeader } from '../../../../electron/core/backup/backupFormat';

const sample = () =>
  encodeBackup({
    createdAt: '2026-11-26T10:00:00.000Z',
    schemaVersion: 1,
    keyFile: Buffer.from('{"slots":[]}'),
    database: randomBytes(5000),
  });

describe('backup container', () => {
  it('round-trips both parts byte for byte and exposes its header without reading the parts', () => {
    const keyFile = Buffer.from('{"k":1}');
    const database = randomBytes(10_000);
    const file = encodeBackup({ createdAt: '2026-11-26T10:00:00.000Z', schemaVersion: 3, keyFile, database });
    const decoded = decodeBackup(new Uint8Array(file));
    expect(decoded.keyFile.equals(keyFile)).toBe(true);
    expect(decoded.database.equals(database)).toBe(true);
    expect(decoded.header).toMatchObject({ createdAt: '2026-11-26T10:00:00.000Z', schemaVersion: 3 });
    expect(peekBackupHeader(file.subarray(0, 500))?.schemaVersion).toBe(3);
  });

  it('refuses every truncation with VAULT_CORRUPT', () => {
    const file = sample();
    for (const length of [0, 4, 8, 16, 40, 200, file.length - 33, file.length - 32, file.length - 1]) {
      expect(() => decodeBackup(file.subarray(0, length)), `length ${length}`).toThrowError(
        expect.objectContaining({ code: 'VAULT_CORRUPT' }),
      );
    }
  });

  it('refuses a flipped bit anywhere with VAULT_CORRUPT', () => {
    const file = sample();
    for (let i = 0; i < 200; i++) {
      const damaged = Buffer.from(file);
      const at = i < 16 ? i : Math.floor((i * damaged.length) / 200);
      damaged[at]! ^= 1 << (i % 8);
      expect(() => decodeBackup(damaged), `byte ${at}`).toThrowError(expect.objectContaining({ code: 'VAULT_CORRUPT' }));
    }
  });

  it('says a newer format needs a newer app', () => {
    const file = sample();
    file.writeUInt32BE(99, 8);
    const body = file.subarray(0, file.length - 32);
    createHash('sha256')
      .update(body)
      .digest()
      .copy(file, file.length - 32);
    expect(() => decodeBackup(file)).toThrowError(expect.objectContaining({ code: 'VAULT_TOO_NEW' }));
  });
});
