// Restore reads a backup a window at a time into a staging folder: the same parts and the same refusals as reading it whole, a
// bounded read size whatever the file's size, and nothing left in the data folder when it refuses.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../../electron/core/backup/backupFormat';
import { stageBackup, type ContainerReader } from '../../../../electron/core/backup/stageBackup';

const root = mkdtempSync(path.join(os.tmpdir(), 'afterword-stage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MiB = 1024 * 1024;
const keyFile = Buffer.from('{"slots":[]}');
const sample = (databaseBytes = 5000, schemaVersion = 1) =>
  encodeBackup({ createdAt: '2026-11-26T10:00:00.000Z', schemaVersion, keyFile, database: randomBytes(databaseBytes) });

/** A reader over bytes in memory that records the largest window asked for. */
function readerOf(file: Buffer): ContainerReader & { largest: number } {
  return {
    byteLength: file.length,
    largest: 0,
    read(position, length) {
      this.largest = Math.max(this.largest, length);
      return Buffer.from(file.subarray(position, position + length));
    },
  };
}

const freshDir = () => mkdtempSync(path.join(root, 'data-'));

/** The error stageBackup throws (or null), and what it left in the data folder. */
function outcome(file: Buffer): { code: string | null; left: string[] } {
  const dir = freshDir();
  try {
    stageBackup(readerOf(file), dir);
    return { code: null, left: readdirSync(dir) };
  } catch (error) {
    return { code: (error as { code: string }).code, left: readdirSync(dir) };
  }
}

describe('stageBackup', () => {
  it('stages journal.db byte for byte and answers the key file and header, reading at most 4 MiB at a time', () => {
    const file = sample(9 * MiB + 123, 3);
    const reader = readerOf(file);
    const staged = stageBackup(reader, freshDir());
    const whole = decodeBackup(file);
    expect(readFileSync(path.join(staged.dir, 'journal.db')).equals(whole.database)).toBe(true);
    expect(staged.keyFile.equals(keyFile)).toBe(true);
    expect(staged.header).toEqual(whole.header);
    expect(reader.largest).toBeLessThanOrEqual(4 * MiB);
  });

  it('refuses every truncation and every flipped bit as decodeBackup does, leaving nothing in the data folder', () => {
    const file = sample();
    const damagedFiles = [0, 4, 8, 16, 40, 200, file.length - 33, file.length - 32, file.length - 1].map((length) =>
      file.subarray(0, length),
    );
    for (let i = 0; i < 120; i++) {
      const damaged = Buffer.from(file);
      const at = i < 16 ? i : Math.floor((i * damaged.length) / 120);
      damaged[at]! ^= 1 << (i % 8);
      damagedFiles.push(damaged);
    }
    for (const damaged of damagedFiles) {
      const whole = (() => {
        try {
          decodeBackup(damaged);
          return null;
        } catch (error) {
          return (error as { code: string }).code;
        }
      })();
      expect(whole).toBe('VAULT_CORRUPT');
      expect(outcome(damaged)).toEqual({ code: whole, left: [] });
    }
  });

  it('says a newer format needs a newer app, after the checksum vouches for the file', () => {
    const file = sample();
    file.writeUInt32BE(99, 8);
    createHash('sha256')
      .update(file.subarray(0, file.length - 32))
      .digest()
      .copy(file, file.length - 32);
    expect(outcome(file)).toEqual({ code: 'VAULT_TOO_NEW', left: [] });
  });
});
