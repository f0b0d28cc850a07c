import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../electron/contract';
import { decodeBackup, encodeBackup } from '../../../../electron/core/backup/backupFormat';
import type { Journal } from '../../../../electron/core/journal';
import { delaySecondsAfter } from '../../../../electron/core/vault/attemptThrottle';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';
import { asFileBytes } from '../../helpers/sealedAnswer';

const PASSPHRASE = 'the writer only knows this';
const ATTACKER = 'the attacker knows this one';

const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);

describe('the wrong-guess throttle holds across restarts and restore attempts', () => {
  let dir: string;
  let cleanups: Array<() => void>;
  let journals: Journal[];
  let now: number;
  const open = (dataDir = dir) => {
    const journal = openTestJournal(dataDir, { now: () => new Date(now) });
    journals.push(journal);
    return journal;
  };
  /** A host restart: the journal object (and its memory) is gone, the folder stays. */
  const restart = () => {
    journals.forEach((journal) => journal.close());
    return open();
  };

  beforeEach(async () => {
    const temp = makeTempDir();
    dir = temp.dir;
    cleanups = [temp.cleanup];
    journals = [];
    now = Date.parse('2026-03-01T09:00:00Z');
    const journal = open();
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    await call(journal, 'vault.lock');
  });
  afterEach(() => {
    journals.forEach((journal) => journal.close());
    cleanups.forEach((cleanup) => cleanup());
  });

  it('a restart keeps the count and the wait: the schedule goes on where it stopped', async () => {
    let journal = open();
    for (let i = 0; i < 7; i++) {
      journal = restart();
      expect(codeOf(await journal.dispatch('vault.unlock', { passphrase: `guess ${i}` }))).toBe('WRONG_PASSPHRASE');
      now += delaySecondsAfter(i + 1) * 1000;
    }
    // Seven wrong in a row: the next try waits 4 s, even in a brand-new process, even with the right passphrase.
    now -= 1000;
    journal = restart();
    expect(await journal.dispatch('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 1 } },
    });
    now += 1000;
    journal = restart();
    expect(await journal.dispatch('vault.unlock', { passphrase: 'guess 8' })).toMatchObject({
      ok: false,
      error: { details: { retryAfterSeconds: 8 } },
    });
    now += 8000;
    await call(restart(), 'vault.unlock', { passphrase: PASSPHRASE });
    // The writer's success starts afresh: five free tries again, also after a restart.
    journal = restart();
    for (let i = 0; i < 4; i++)
      expect(await journal.dispatch('vault.unlock', { passphrase: `again ${i}` })).not.toHaveProperty('error.details');
  });

  it("a restore's success (a backup made from the attacker's own journal) never clears the journal's count", async () => {
    const attacker = makeTempDir();
    cleanups.push(attacker.cleanup);
    const theirs = open(attacker.dir);
    await call(theirs, 'vault.create', { passphrase: ATTACKER });
    const made = decodeBackup((await asFileBytes(call(theirs, 'backup.create'))).data);
    // Their own key slots and a junk database: the secret check passes, the integrity check refuses.
    const junk = encodeBackup({
      createdAt: made.header.createdAt,
      schemaVersion: made.header.schemaVersion,
      keyFile: made.keyFile,
      database: randomBytes(8192),
    });
    const journal = open();
    const answers: string[] = [];
    for (let i = 0; i < 20; i++) {
      answers.push(codeOf(await journal.dispatch('vault.unlock', { passphrase: `guess ${i}` })));
      answers.push(codeOf(await journal.dispatch('backup.restore', { passphrase: ATTACKER, file: junk })));
      now += 1000;
    }
    const unlocks = answers.filter((_, i) => i % 2 === 0);
    expect(unlocks.slice(0, 5)).toEqual(Array(5).fill('WRONG_PASSPHRASE'));
    // Guesses 6, 7, 8 … must wait 1, 2, 4 … seconds; one second between tries leaves most of them refused.
    expect(unlocks.filter((code) => code === 'WRONG_PASSPHRASE').length).toBeLessThanOrEqual(9);
    expect(unlocks.filter((code) => code === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(11);
    expect(answers.filter((_, i) => i % 2 === 1)).toEqual(Array(20).fill('VAULT_CORRUPT'));
  });

  it('deleting or editing the ledger buys no free tries: a wrong guess then waits at once', async () => {
    const journal = open();
    for (let i = 0; i < 3; i++) await journal.dispatch('vault.unlock', { passphrase: `guess ${i}` });
    const ledger = path.join(dir, 'attempts.json');
    const edited = JSON.parse(readFileSync(ledger, 'utf8'));
    for (const count of Object.values<{ failures: number }>(edited.targets)) count.failures = 0;
    for (const damage of [
      () => rmSync(ledger),
      () => writeFileSync(ledger, JSON.stringify(edited)),
      () => writeFileSync(ledger, 'not json'),
    ]) {
      damage();
      const next = restart();
      expect(await next.dispatch('vault.unlock', { passphrase: 'one more guess' })).toMatchObject({
        ok: false,
        error: { details: { retryAfterSeconds: 2 } },
      });
      now += 2000;
    }
    // The writer is never kept out by it: the right passphrase opens at once and resets the count.
    await call(restart(), 'vault.unlock', { passphrase: PASSPHRASE });
  });
});
