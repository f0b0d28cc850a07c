import { describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../../electron/web/args';

describe('browser host flags', () => {
  it('leaves the auto-lock interval to the setting unless the test-only flag is given', () => {
    expect(parseHostArgs(['--data', '/tmp/x']).autoLockSeconds).toBeUndefined();
    expect(parseHostArgs(['--data', '/tmp/x', '--auto-lock-seconds', '3']).autoLockSeconds).toBe(3);
  });

  it.each(['0', '1.5', 'soon', '86401'])('refuses --auto-lock-seconds %s', (value) => {
    expect(() => parseHostArgs(['--auto-lock-seconds', value])).toThrow(/--auto-lock-seconds must be a whole number/);
  });
});
