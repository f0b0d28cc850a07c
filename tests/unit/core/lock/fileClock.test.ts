// The test-only --clock-file flag: "now" follows the file as a test rewrites it, and falls back to the real time without it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../../../electron/web/args';
import { fileClock } from '../../../../electron/core/lock/fileClock';
import { makeTempDir } from '../../helpers/tempJournal';

const temps: Array<() => void> = [];
afterEach(() => temps.splice(0).forEach((cleanup) => cleanup()));

describe('--clock-file', () => {
  it('is off unless given', () => {
    expect(parseHostArgs(['--data', '/tmp/x']).clockFile).toBeUndefined();
    expect(parseHostArgs(['--clock-file', '/tmp/now']).clockFile).toBe('/tmp/now');
  });

  it('reads the file on every call, and uses the real time when it is missing or not a date', () => {
    const { dir, cleanup } = makeTempDir();
    temps.push(cleanup);
    const file = path.join(dir, 'now');
    const now = fileClock(file);
    const real = Date.now();
    expect(Math.abs(now().getTime() - real)).toBeLessThan(60_000);
    writeFileSync(file, '2026-11-23T20:00:00');
    expect(now()).toEqual(new Date(2026, 10, 23, 20, 0));
    writeFileSync(file, '2026-11-24T08:15:00\n');
    expect(now()).toEqual(new Date(2026, 10, 24, 8, 15));
    writeFileSync(file, 'tomorrow');
    expect(Math.abs(now().getTime() - real)).toBeLessThan(60_000);
  });
});
