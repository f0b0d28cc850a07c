// Autosave's promises: debounced, never loses text on a failed save, retries what can be retried, and sends the version it saw.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry, Result } from '../../../electron/contract';
import { EntrySaver } from '../../../renderer/src/features/journal/editor/entrySaver';

const ID = '00000000-0000-4000-8000-000000000001';
const entry = (version: number, title: string): Entry =>
  ({ id: ID, version, title, entryDate: '2026-11-26', doc: { type: 'doc' } }) as unknown as Entry;

describe('EntrySaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then sends one update with everything typed and the version it saw', async () => {
    const update = vi.fn(async (input: { title?: string }): Promise<Result<Entry>> => ({ ok: true, value: entry(2, input.title ?? '') }));
    const saver = new EntrySaver(ID, 1, { update, onSaved: () => {}, debounceMs: 500 });
    saver.change({ title: 'Fi' });
    await vi.advanceTimersByTimeAsync(300);
    saver.change({ title: 'First' });
    await vi.advanceTimersByTimeAsync(300);
    expect(update).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(update).toHaveBeenCalledExactlyOnceWith({ id: ID, baseVersion: 1, title: 'First' });
    expect(saver.getStatus()).toEqual({ state: 'saved' });
    saver.change({ title: 'Firsts' });
    await saver.flush();
    expect(update).toHaveBeenLastCalledWith({ id: ID, baseVersion: 2, title: 'Firsts' });
  });

  it('keeps the text through a failed save, says so, and retries it', async () => {
    const update = vi
      .fn<(input: { title?: string }) => Promise<Result<Entry>>>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'DISK_FULL', message: 'Not saved: your disk is full.' } })
      .mockImplementation(async (input) => ({ ok: true, value: entry(2, input.title ?? '') }));
    const saved = vi.fn();
    const saver = new EntrySaver(ID, 1, { update, onSaved: saved, debounceMs: 100 });
    saver.change({ title: 'Kept' });
    expect(await saver.flush()).toBe(false);
    expect(saver.getStatus()).toMatchObject({ state: 'error', error: { code: 'DISK_FULL' } });
    expect(saver.hasUnsavedChanges()).toBe(true);
    saver.change({ doc: { type: 'doc', content: [] } });
    await vi.advanceTimersByTimeAsync(2_500);
    expect(update).toHaveBeenLastCalledWith({ id: ID, baseVersion: 1, title: 'Kept', doc: { type: 'doc', content: [] } });
    expect(saved).toHaveBeenCalledOnce();
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('does not retry on its own what needs the writer (a conflict)', async () => {
    const update = vi.fn(async (): Promise<Result<Entry>> => ({ ok: false, error: { code: 'CONFLICT', message: 'changed elsewhere' } }));
    const saver = new EntrySaver(ID, 1, { update, onSaved: () => {}, debounceMs: 100 });
    saver.change({ title: 'Mine' });
    await saver.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(update).toHaveBeenCalledOnce();
    expect(saver.hasUnsavedChanges()).toBe(true);
  });
});
