import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';

/** Inputs no method accepts: wrong types, unknown keys, hostile keys, huge and deep values. */
const malformed: unknown[] = [
  42,
  'a string',
  true,
  [],
  [1, 2, 3],
  { unexpected: 1 },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  { id: 'not-a-uuid' },
  { id: 12 },
  { passphrase: 'x'.repeat(100_000) },
];

describe('every contract method rejects malformed input with INVALID_INPUT', () => {
  let journal: Journal;
  let cleanup: () => void;
  beforeAll(async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    journal = openTestJournal(temp.dir);
    await call(journal, 'vault.create', { passphrase: 'a good long passphrase' });
  });
  afterAll(() => {
    journal.close();
    cleanup();
  });

  for (const method of methodNames) {
    it(method, async () => {
      for (const input of malformed) {
        const result = await journal.dispatch(method, input);
        expect(result, `${method}(${JSON.stringify(input)?.slice(0, 60)})`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('names the field that failed in the message', async () => {
    const result = await journal.dispatch('entries.create', { entryDate: '2024-02-30' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { field: 'entryDate' } } });
  });

  it('rejects a document nested too deeply without overflowing the stack', async () => {
    let deep: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < 50_000; i++) deep = { type: 'blockquote', content: [deep] };
    const result = await journal.dispatch('entries.create', { doc: { type: 'doc', content: [deep] } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers NOT_FOUND for a method that does not exist', async () => {
    expect(await journal.dispatch('entries.dropTable', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
