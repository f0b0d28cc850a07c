import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../unit/helpers/tempJournal';
import { assertHostBuilt, startHost } from './helpers/hostProcess';

describe('two browser hosts on one data folder', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    assertHostBuilt();
    ({ dir, cleanup } = makeTempDir('afterword-two-hosts-'));
  });
  afterAll(() => cleanup());

  it('refuses the second with a clear message and a non-zero exit status, and lets a new one in once the first is gone', async () => {
    const first = await startHost(dir);
    const second = await startHost(dir).then(
      () => null,
      (error: { exitCode: number; stderr: string }) => error,
    );
    expect(second).not.toBeNull();
    expect(second!.exitCode).not.toBe(0);
    expect(second!.stderr).toMatch(
      new RegExp(`already open in another copy of Afterword \\(process ${first.child.pid}.*Close that one first`),
    );
    expect(await first.call('vault.status')).toMatchObject({ ok: true });

    first.child.kill('SIGKILL');
    await first.exited;
    const third = await startHost(dir);
    expect(await third.call('vault.status')).toMatchObject({ ok: true });
    third.child.kill('SIGTERM');
    expect((await third.exited).code).toBe(0);
  });
});
