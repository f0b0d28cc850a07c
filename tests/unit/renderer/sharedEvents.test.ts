// The page keeps one event stream to the host however many parts of it listen, so streams never use up the browser's connections.
import { describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../electron/contract';
import { sharedSubscription } from '../../../renderer/src/api/sharedEvents';

describe('sharedSubscription', () => {
  it('opens one stream for many listeners, gives each every event, and closes it after the last leaves', () => {
    let emit: (event: AppEvent) => void = () => {};
    const close = vi.fn();
    const open = vi.fn((listener: (event: AppEvent) => void) => {
      emit = listener;
      return close;
    });
    const subscribe = sharedSubscription(open);
    const first = vi.fn();
    const second = vi.fn();
    const leaveFirst = subscribe(first);
    const leaveSecond = subscribe(second);
    emit({ name: 'vault.locked', reason: 'idle' });

    expect(open).toHaveBeenCalledOnce();
    expect(first).toHaveBeenCalledWith({ name: 'vault.locked', reason: 'idle' });
    expect(second).toHaveBeenCalledWith({ name: 'vault.locked', reason: 'idle' });
    leaveFirst();
    expect(close).not.toHaveBeenCalled();
    leaveSecond();
    expect(close).toHaveBeenCalledOnce();
    subscribe(first);
    expect(open).toHaveBeenCalledTimes(2);
  });
});
