// Autosave's promises: debounced, never loses text on a failed save, retries what can be retried, sends the version it saw,
// and serialises the body once per save rather than once per keystroke.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Doc, Entry, Result } from '../../../electron/contract';
import { EntrySaver } from '../../../renderer/src/features/journal/editor/entrySaver';

const ID = '00000000-0000-4000-8000-000000000001';
const entry = (version: number, title: string): Entry =>
  ({ id: ID, version, title, entryDate: '2026-11-26', doc: { type: 'doc' } }) as unknown as Entry;
const docOf = (text: string): Doc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const succeeds = () => vi.fn(async (_input: { doc?: Doc }): Promise<Result<Entry>> => ({ ok: true, value: entry(2, '') }));

/** Types `text` one key at a time as the editor reports it: a snapshot reader per keystroke, each counted when read. */
function typeInto(saver: EntrySaver, text: string, reads: { count: number }) {
  for (let end = 1; end <= text.length; end++) {
    const snapshot = text.slice(0, end);
    saver.docChanged(() => {
      reads.count += 1;
      return docOf(snapshot);
    });
  }
}

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

  it('serialises the body once when it saves, not once per keystroke, and sends the latest text', async () => {
    const update = succeeds();
    const saver = new EntrySaver(ID, 1, { update, onSaved: () => {}, debounceMs: 500 });
    const reads = { count: 0 };
    typeInto(saver, 'the kitchen, at night, after the call', reads);
    expect(reads.count).toBe(0);
    expect(saver.hasUnsavedChanges()).toBe(true);
    expect(saver.getStatus()).toEqual({ state: 'pending' });
    await vi.advanceTimersByTimeAsync(500);
    expect(reads.count).toBe(1);
    expect(update).toHaveBeenCalledExactlyOnceWith({ id: ID, baseVersion: 1, doc: docOf('the kitchen, at night, after the call') });
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('a change followed by a flush (blur, lock, the window hidden) saves the latest body at once', async () => {
    const update = succeeds();
    const saver = new EntrySaver(ID, 1, { update, onSaved: () => {}, debounceMs: 60_000 });
    const reads = { count: 0 };
    typeInto(saver, 'unsent', reads);
    saver.change({ title: 'Late' });
    expect(await saver.flush()).toBe(true);
    expect(update).toHaveBeenCalledExactlyOnceWith({ id: ID, baseVersion: 1, title: 'Late', doc: docOf('unsent') });
    expect(reads.count).toBe(1);
    // Before a lock the journal flushes, then disposes the saver: nothing is left behind and no timer fires later.
    saver.dispose();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(update).toHaveBeenCalledOnce();
  });

  it('switching entries saves the old body at once, and a keystroke the old editor still reports is saved straight away', async () => {
    const update = succeeds();
    const saver = new EntrySaver(ID, 1, { update, onSaved: () => {}, debounceMs: 60_000 });
    const reads = { count: 0 };
    typeInto(saver, 'before', reads);
    expect(await saver.close()).toBe(true);
    expect(update).toHaveBeenLastCalledWith({ id: ID, baseVersion: 1, doc: docOf('before') });
    typeInto(saver, 'before!', reads);
    await vi.advanceTimersByTimeAsync(0);
    expect(update).toHaveBeenCalledTimes(2);
    expect(update).toHaveBeenLastCalledWith({ id: ID, baseVersion: 2, doc: docOf('before!') });
  });

  it('keeps a body that failed to save, and what is typed after it wins the retry', async () => {
    const update = vi
      .fn<(input: { doc?: Doc }) => Promise<Result<Entry>>>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'IO_ERROR', message: 'Not saved.' } })
      .mockImplementation(async () => ({ ok: true, value: entry(2, '') }));
    const saver = new EntrySaver(ID, 1, { update, onSaved: () => {}, debounceMs: 100 });
    const reads = { count: 0 };
    typeInto(saver, 'first', reads);
    expect(await saver.flush()).toBe(false);
    expect(saver.hasUnsavedChanges()).toBe(true);
    await saver.flush();
    expect(update).toHaveBeenLastCalledWith({ id: ID, baseVersion: 1, doc: docOf('first') });
    typeInto(saver, 'first, then more', reads);
    await saver.flush();
    expect(update).toHaveBeenLastCalledWith({ id: ID, baseVersion: 2, doc: docOf('first, then more') });
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('a body set whole (a picture inserted, a template applied) replaces one not yet serialised', async () => {
    const update = succeeds();
    const saver = new EntrySaver(ID, 1, { update, onSaved: () => {}, debounceMs: 100 });
    const reads = { count: 0 };
    typeInto(saver, 'typed', reads);
    saver.change({ doc: docOf('set whole') });
    await saver.flush();
    expect(update).toHaveBeenCalledExactlyOnceWith({ id: ID, baseVersion: 1, doc: docOf('set whole') });
    expect(reads.count).toBe(0);
  });
});
