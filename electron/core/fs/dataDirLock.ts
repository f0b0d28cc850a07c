// One writer per data folder: <data>/afterword.lock names its owner (pid, host, start time); a lock whose process is gone is taken over.
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors/AppError';

export const LOCK_FILE_NAME = 'afterword.lock';

interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.hostname === 'string'
      ? { pid: owner.pid, hostname: owner.hostname, startedAt: String(owner.startedAt) }
      : null;
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock is stale when its owner ran on this machine and is gone; an unreadable lock was never completed (see tryCreate). */
function isStale(owner: LockOwner | null): boolean {
  if (!owner) return true;
  return owner.hostname === os.hostname() && owner.pid !== process.pid && !processAlive(owner.pid);
}

/** Write the owner to a private temp file, then link it into place: link fails if the lock exists, and never exposes a half-written lock. */
function tryCreate(file: string, owner: LockOwner): boolean {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, `${JSON.stringify(owner)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const me: LockOwner = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file, me)) return { file, release: () => releaseIfMine(file, me) };
    const judged = identityOf(file);
    const owner = readOwner(file);
    if (!isStale(owner)) throw inUse(file, owner!);
    if (judged !== null) takeOverStale(file, judged);
  }
  throw inUse(file, readOwner(file) ?? me);
}

/** Inode and bytes together: a file system may hand a just-freed inode number to the next new file. */
export function identityOf(file: string): string | null {
  try {
    return `${statSync(file).ino}:${readFileSync(file, 'utf8')}`;
  } catch {
    return null;
  }
}

/**
 * Moves the stale lock aside by rename, which only one process can do to a given file, then checks it moved the very file
 * it judged stale (same inode, same bytes). A second process that judged the same stale lock could otherwise delete a fresh
 * lock created in between; here it finds a different file in its hands and links it back into place.
 */
export function takeOverStale(file: string, judged: string): void {
  const aside = `${file}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (identityOf(aside) !== judged) {
    try {
      linkSync(aside, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  rmSync(aside, { force: true });
}

function releaseIfMine(file: string, me: LockOwner): void {
  const owner = readOwner(file);
  if (owner && owner.pid === me.pid && owner.startedAt === me.startedAt) rmSync(file, { force: true });
}

function inUse(file: string, owner: LockOwner): AppError {
  const where = owner.hostname === os.hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.hostname}`;
  return new AppError(
    'VAULT_IN_USE',
    `This journal folder is already open in another copy of Afterword (${where}, since ${owner.startedAt}). Close that one first. ` +
      `If no other copy is running, delete ${file} and try again.`,
  );
}
