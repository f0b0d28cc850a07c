// What an export covers: chosen entries, an inclusive date range, or everything; never the Trash; an empty choice is said plainly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, Result } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';
import { answerJson } from '../../helpers/sealedAnswer';

describe('export scope', () => {
  const temp = makeTempDir();
  let journal: Journal;
  const ids = {} as Record<'march' | 'april' | 'may' | 'gone', string>;

  beforeAll(async () => {
    journal = openTestJournal(temp.dir);
    await call(journal, 'vault.create', { passphrase: 'correct horse battery' });
    for (const [title, entryDate] of [
      ['march', '2026-03-31'],
      ['april', '2026-04-01'],
      ['may', '2026-05-01'],
      ['gone', '2026-04-15'],
    ] as const) {
      ids[title] = (await call(journal, 'entries.create', { entryDate, title })).id;
    }
    await call(journal, 'entries.trash', { id: ids.gone });
  });
  afterAll(() => {
    journal.close();
    temp.cleanup();
  });

  const titles = async (scope: MethodInput<'export.json'>['scope']) => {
    const file = await call(journal, 'export.json', { scope });
    return (await answerJson(file)).entries.map((entry: { title: string }) => entry.title);
  };
  const failure = async (scope: unknown) => ((await journal.dispatch('export.json', { scope })) as Result<unknown> & { ok: false }).error;

  it('takes chosen entries, an inclusive range or everything, oldest first, leaving out the Trash', async () => {
    expect(await titles({ entryIds: [ids.may, ids.march] })).toEqual(['march', 'may']);
    expect(await titles({ from: '2026-03-31', to: '2026-04-30' })).toEqual(['march', 'april']);
    expect(await titles({ all: true })).toEqual(['march', 'april', 'may']);
  });

  it('says plainly when nothing matches, or a chosen entry is gone', async () => {
    expect(await failure({ from: '2025-01-01', to: '2025-12-31' })).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('no entries to export'),
    });
    expect(await failure({ entryIds: [ids.april, ids.gone] })).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('in the Trash'),
    });
    expect(await failure({ from: '2026-05-01', to: '2026-04-01' })).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
