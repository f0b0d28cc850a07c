import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityProblems } from '../../electron/core/db/integrity';
import { EntriesRepository } from '../../electron/core/entries/entriesRepository';
import { REKEY_MARKER } from '../../electron/core/rekey/rekeyJournal';
import { Vault } from '../../electron/core/vault/vault';
import { CHEAP_KDF, makeTempDir, paragraphDoc } from '../unit/helpers/tempJournal';
import { assertHostBuilt, startHost } from './helpers/hostProcess';

const CYCLES = 12;
const ENTRIES = 300;
const passphrase = (n: number) => `passphrase number ${n} of the rekey loop`;

const staging = (name: string) => name.startsWith('.rekey-');
const committed = (name: string) => name === REKEY_MARKER;

/** Resolves when a file matching `seen` appears in dir (the host's event loop is busy then, but the disk is not), or at the limit. */
async function until(dir: string, seen: (name: string) => boolean, limitMs: number): Promise<void> {
  const end = performance.now() + limitMs;
  while (!readdirSync(dir).some(seen) && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 1));
}

/** When to kill in cycle n: anywhere in the change, inside the re-encryption, or in the renames just after the commit. */
async function killMoment(n: number, dir: string, fullMs: number, syncMs: number): Promise<void> {
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  if (n % 3 === 1) return sleep(Math.random() * fullMs * 1.1);
  if (n % 3 === 2) {
    await until(dir, staging, fullMs * 2);
    return sleep(Math.random() * syncMs);
  }
  await until(dir, committed, fullMs * 2);
  // Measured in process: the swap after the commit takes about 80 ms of a 600 ms re-encryption.
  return sleep(Math.random() * 60);
}

/** In this process, as the next start would: which of the two passphrases opens the folder, and whether every entry is whole. */
async function whichOpens(dir: string, before: string, after: string): Promise<{ opens: string[]; entries: number; problems: string[] }> {
  const opens: string[] = [];
  let entries = 0;
  let problems: string[] = [];
  for (const candidate of [before, after]) {
    const vault = new Vault({ dataDir: dir });
    try {
      await vault.unlock({ passphrase: candidate });
      opens.push(candidate);
      problems = integrityProblems(vault.database(), 'integrity_check');
      entries = new EntriesRepository(vault.database()).list({}, undefined, ENTRIES + 10).items.length;
    } catch (error) {
      if ((error as { code?: string }).code !== 'WRONG_PASSPHRASE') throw error;
    } finally {
      vault.lock();
    }
  }
  return { opens, entries, problems };
}

describe('rekey loop: the browser host killed with SIGKILL while re-encrypting the journal under a new data key', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    assertHostBuilt();
    ({ dir, cleanup } = makeTempDir('afterword-rekey-faults-'));
  });
  afterAll(() => cleanup());

  it(`leaves exactly one openable journal, whole, after ${CYCLES} kills at moments spread over the change`, async () => {
    const setup = new Vault({ dataDir: dir, kdfCost: CHEAP_KDF });
    await setup.create(passphrase(0));
    const repo = new EntriesRepository(setup.database());
    for (let i = 0; i < ENTRIES; i++)
      repo.create({ entryDate: '2026-02-01', title: `entry ${i}`, doc: paragraphDoc(`words of entry ${i} `.repeat(40)) });
    setup.lock();
    let current = 0;
    let fullMs = 0;
    let syncMs = 0;
    const counts = { completed: 0, killedBeforeCommit: 0, killedAfterCommit: 0 };
    for (let cycle = 0; cycle <= CYCLES; cycle++) {
      const host = await startHost(dir);
      expect(await host.call('vault.unlock', { passphrase: passphrase(current) }), `cycle ${cycle}`).toMatchObject({ ok: true });
      const started = performance.now();
      const change = host
        .call('vault.changePassphrase', { current: passphrase(current), next: passphrase(current + 1), newDataKey: true })
        .catch(() => null);
      // Cycle 0 runs to the end and times the change and its re-encryption; the others are killed at moments killMoment picks.
      if (cycle === 0) {
        await until(dir, staging, 60_000);
        const staged = performance.now();
        await change;
        [fullMs, syncMs] = [performance.now() - started, performance.now() - staged];
      } else await killMoment(cycle, dir, fullMs, syncMs);
      host.child.kill('SIGKILL');
      const answer = await change;
      await host.exited;
      const { opens, entries, problems } = await whichOpens(dir, passphrase(current), passphrase(current + 1));
      expect(opens, `cycle ${cycle}: exactly one passphrase opens`).toHaveLength(1);
      expect(entries, `cycle ${cycle}`).toBe(ENTRIES);
      expect(problems, `cycle ${cycle}`).toEqual([]);
      expect(
        readdirSync(dir).filter((name) => name.startsWith('.rekey-') || name === REKEY_MARKER),
        `cycle ${cycle}: no staging left`,
      ).toEqual([]);
      const moved = opens[0] === passphrase(current + 1);
      if (answer?.ok) expect(moved, `cycle ${cycle}: an answered change is in place`).toBe(true);
      counts[answer?.ok ? 'completed' : moved ? 'killedAfterCommit' : 'killedBeforeCommit']++;
      if (moved) current++;
    }
    console.warn(
      `rekey loop: ${CYCLES} SIGKILLs during a new-data-key passphrase change (a full change took ${Math.round(fullMs)} ms, its re-encryption and swap ${Math.round(syncMs)} ms, with ${ENTRIES} entries): ` +
        `${counts.killedBeforeCommit} left the old key, ${counts.killedAfterCommit} finished the new key at the next start, ${counts.completed - 1} completed before the kill; 0 unopenable`,
    );
  });
});
