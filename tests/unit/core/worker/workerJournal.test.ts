// The shell's side of the journal worker: calls and events cross, "unlocked" is mirrored, a dead worker is replaced, close waits.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { startWorkerJournal } from '../../../../electron/core/worker/workerJournal';
import { makeTempDir } from '../../helpers/tempJournal';

// A scripted peer speaking the worker protocol (core/worker/protocol.ts); the real journalWorker runs in every E2E test.
const PEER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const post = (m) => parentPort.postMessage(m);
parentPort.on('message', (m) => {
  if (m.type === 'call' && m.method === 'vault.unlock') {
    post({ type: 'state', unlocked: true });
    post({ type: 'event', event: { name: 'vault.unlocked' } });
    return post({ type: 'result', id: m.id, result: { ok: true, value: {} } });
  }
  if (m.type === 'call' && m.method === 'die') process.exit(1);
  if (m.type === 'call') return post({ type: 'result', id: m.id, result: { ok: true, value: { echo: m.input, dir: workerData.options.dataDir } } });
  if (m.type === 'close') {
    const until = Date.now() + 300;
    while (Date.now() < until);
    fs.writeFileSync(workerData.options.dataDir + '/closed', 'yes');
    const flag = new Int32Array(workerData.closed);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  }
});
`;

let temp: ReturnType<typeof makeTempDir>;
let journal: Journal | undefined;
afterEach(() => {
  journal?.close();
  temp.cleanup();
});

function start(): { journal: Journal; events: AppEvent[]; logs: string[] } {
  temp = makeTempDir();
  const script = path.join(temp.dir, 'peer.cjs');
  writeFileSync(script, PEER);
  const events: AppEvent[] = [];
  const logs: string[] = [];
  journal = startWorkerJournal(script, { dataDir: temp.dir }, { log: (line) => logs.push(line) });
  journal.onEvent((event) => events.push(event));
  return { journal, events, logs };
}

describe('startWorkerJournal', () => {
  it('answers calls through the worker, forwards its events and mirrors whether the journal is unlocked', async () => {
    const { journal, events } = start();
    expect(await journal.dispatch('entries.get', { id: 'a' })).toEqual({ ok: true, value: { echo: { id: 'a' }, dir: temp.dir } });
    expect(journal.isUnlocked()).toBe(false);
    await journal.dispatch('vault.unlock', { passphrase: 'x' });
    expect(journal.isUnlocked()).toBe(true);
    expect(events).toEqual([{ name: 'vault.unlocked' }]);
  });

  it('answers every waiting call when the worker dies, shows the journal locked, and starts a new worker', async () => {
    const { journal, events, logs } = start();
    await journal.dispatch('vault.unlock', { passphrase: 'x' });
    const answer = await journal.dispatch('die', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(journal.isUnlocked()).toBe(false);
    expect(events).toContainEqual({ name: 'vault.locked', reason: 'user' });
    expect(logs.join('\n')).toContain('starting a new one');
    expect(await journal.dispatch('entries.get', { id: 'b' })).toMatchObject({ ok: true, value: { echo: { id: 'b' } } });
  });

  it('returns from close only once the worker has closed the journal', () => {
    const { journal } = start();
    journal.close();
    expect(existsSync(path.join(temp.dir, 'closed'))).toBe(true);
  });
});
