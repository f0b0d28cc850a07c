// Sends over a thousand seeded malformed bodies through the real HTTP host to every contract method, then checks the journal.
import { maxHeaderSize } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFileInputMethod, methodNames, methods, type MethodName } from '../../../electron/contract';
import { Vault } from '../../../electron/core/vault/vault';
import { CHEAP_KDF, paragraphDoc } from '../helpers/tempJournal';
import { startTestHost, type TestHost } from '../helpers/testHost';
import { generateCases } from './malformedInputs';

const SEED = Number(process.env.AFTERWORD_FUZZ_SEED ?? 0x5eed);
const TOTAL = 1_200;
const PASSPHRASE = 'correct horse battery staple';
/** Error answers name the field that failed; they must never echo a huge input back. */
const MAX_ERROR_BYTES = 2_048;
/** Node's default --max-http-header-size, less room for the request's other headers. */

type Expectation = 'bad-json' | 'invalid' | 'valid';

/** The oracle: what the body must get, decided by JSON.parse and the contract's own schema. */
function expectationFor(method: MethodName, body: string): Expectation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'bad-json';
  }
  return methods[method].input.safeParse(parsed).success ? 'valid' : 'invalid';
}

describe(`fuzzing every contract method through the HTTP host (seed ${SEED})`, () => {
  let host: TestHost;
  let entriesBefore: unknown;
  const stats = { sent: 0, skippedValid: 0, ms: 0 };

  beforeAll(async () => {
    host = await startTestHost();
    const created = await host.api('vault.create', { passphrase: PASSPHRASE });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true });
    for (const title of ['first', 'second']) await host.api('entries.create', { title, doc: paragraphDoc(`${title} body`) });
    entriesBefore = JSON.parse((await host.api('entries.list', {})).body);
  });
  afterAll(() => host.stop());

  it('answers every malformed body with INVALID_INPUT and changes nothing', async () => {
    const started = performance.now();
    const perMethod = Math.ceil(TOTAL / methodNames.length);
    for (const [index, method] of methodNames.entries()) {
      const cases = generateCases(SEED + index, perMethod);
      for (const [caseIndex, { kind, body }] of cases.entries()) {
        const expected = expectationFor(method, body);
        if (expected === 'valid') {
          stats.skippedValid++;
          continue;
        }
        // A file-taking method reads its parameters from a header; the fuzzed text goes there instead.
        const header = Buffer.from(body).toString('base64url');
        const res = isFileInputMethod(method)
          ? await host.api(method, Buffer.alloc(16), { 'x-afterword-params': header, 'content-type': 'application/octet-stream' })
          : await host.api(method, body);
        stats.sent++;
        const where = `${method} case ${caseIndex} (${kind}, seed ${SEED + index}): ${body.slice(0, 80)}`;
        // Node itself refuses request headers over its limit (431) before the host sees them.
        if (res.status === 431) {
          expect(isFileInputMethod(method) && header.length > maxHeaderSize - 1024, where).toBe(true);
          continue;
        }
        expect(res.status, where).toBe(expected === 'bad-json' ? 400 : 200);
        expect(JSON.parse(res.body), where).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
        expect(res.body.length, where).toBeLessThan(MAX_ERROR_BYTES);
      }
    }
    stats.ms = Math.round(performance.now() - started);
    console.warn(
      `fuzz: ${stats.sent} malformed bodies across ${methodNames.length} methods in ${stats.ms} ms (${stats.skippedValid} generated bodies were valid and not sent)`,
    );
    expect(stats.sent).toBeGreaterThanOrEqual(1_000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 180_000);

  it('is still up and answering, with the journal exactly as it was', async () => {
    expect(JSON.parse((await host.api('vault.status', {})).body)).toMatchObject({ ok: true, value: { exists: true, unlocked: true } });
    expect(JSON.parse((await host.api('entries.list', {})).body)).toEqual(entriesBefore);
  });

  it('leaves a database that passes PRAGMA integrity_check', async () => {
    await host.api('vault.lock', {});
    const vault = new Vault({ dataDir: host.dataDir, kdfCost: CHEAP_KDF });
    try {
      await vault.unlock({ passphrase: PASSPHRASE });
      expect(vault.database().pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      vault.lock();
    }
  });
});
