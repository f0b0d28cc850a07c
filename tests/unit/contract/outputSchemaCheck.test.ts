// Tests see only answers the contract allows: the typed helper checks every answer against its method's output schema.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/contract/settings/schemas';
import type { Journal } from '../../../electron/core/journal';
import { call } from '../helpers/tempJournal';

/** A journal whose dispatcher answers `value` to anything: only to show the check refusing an answer core must never give. */
const answering = (value: unknown) => ({ dispatch: async () => ({ ok: true, value }) }) as unknown as Journal;

describe('call', () => {
  it('refuses an answer outside the method’s output schema', async () => {
    await expect(call(answering({ autoLockMinutes: 'soon' }), 'settings.get')).rejects.toThrow(
      /settings\.get answered outside its output schema/,
    );
  });

  it('passes an answer the schema allows through unchanged', async () => {
    const settings = { ...defaultSettings, autoLockMinutes: 15 };
    expect(await call(answering(settings), 'settings.get')).toEqual(settings);
  });
});
