import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, identityOf, LOCK_FILE_NAME, takeOverStale } from '../../../../electron/core/fs/dataDirLock';
import { makeTempDir } from '../../helpers/tempJournal';

describe('data-folder lock', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('names its owner, refuses a second holder with VAULT_IN_USE and a message that says what to do, and releases', () => {
    const lock = acquireDataDirLock(dir);
    const owner = JSON.parse(readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    expect(() => acquireDataDirLock(dir)).toThrowError(
      expect.objectContaining({
        code: 'VAULT_IN_USE',
        message: expect.stringMatching(/already open in another copy.*Close that one first/),
      }),
    );
    lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    acquireDataDirLock(dir).release();
  });

  it('takes over a lock whose process is gone (a crash or SIGKILL)', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(
      path.join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid: dead, hostname: os.hostname(), startedAt: '2026-01-01T00:00:00.000Z' }),
    );
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over atomically: a process that judged a lock stale never removes a fresh lock created after its judgement', () => {
    const file = path.join(dir, LOCK_FILE_NAME);
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(file, JSON.stringify({ pid: dead, hostname: os.hostname(), startedAt: 'stale' }));
    const judged = identityOf(file)!;
    // Between that judgement and the takeover, another process took the lock over and created its own (a new file).
    rmSync(file);
    const fresh = acquireDataDirLock(dir);
    const freshBytes = readFileSync(file, 'utf8');
    takeOverStale(file, judged);
    expect(readFileSync(file, 'utf8')).toBe(freshBytes);
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
    expect(() => acquireDataDirLock(dir)).toThrowError(expect.objectContaining({ code: 'VAULT_IN_USE' }));
    fresh.release();
    // The stale file itself is moved away and removed.
    writeFileSync(file, JSON.stringify({ pid: dead, hostname: os.hostname(), startedAt: 'stale' }));
    takeOverStale(file, identityOf(file)!);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('respects a live owner on this machine and cannot judge one on another machine', () => {
    writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: process.ppid, hostname: os.hostname(), startedAt: 'earlier' }));
    expect(() => acquireDataDirLock(dir)).toThrowError(expect.objectContaining({ code: 'VAULT_IN_USE' }));
    writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: 1, hostname: 'another-machine', startedAt: 'earlier' }));
    expect(() => acquireDataDirLock(dir)).toThrowError(
      expect.objectContaining({ message: expect.stringMatching(/on another-machine.*delete .*afterword\.lock/) }),
    );
  });

  it('does not remove a lock it no longer owns', () => {
    const lock = acquireDataDirLock(dir);
    writeFileSync(lock.file, JSON.stringify({ pid: process.ppid, hostname: os.hostname(), startedAt: 'someone else' }));
    lock.release();
    expect(existsSync(lock.file)).toBe(true);
  });
});
