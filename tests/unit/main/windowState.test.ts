// The window comes back where it was, unless that place is gone (an unplugged monitor) or the file is not ours.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boundsOnScreen, parseWindowState, readWindowState, trackWindowState } from '../../../electron/main/windowState';

const dir = mkdtempSync(path.join(os.tmpdir(), 'afterword-window-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const laptop = { x: 0, y: 0, width: 1440, height: 900 };

describe('window state', () => {
  it('reads back exactly what it saves, and nothing else', () => {
    expect(parseWindowState('{"bounds":{"x":10,"y":20,"width":1000,"height":700},"maximized":true}')).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
    });
    for (const bad of [
      '',
      'null',
      '{"bounds":{"x":1,"y":1,"width":100,"height":100},"maximized":false}',
      '{"bounds":{"x":"1"},"maximized":false}',
      '[]',
    ]) {
      expect(parseWindowState(bad)).toBeNull();
    }
  });

  it('keeps a position whose title bar is on a display, and drops one left on a monitor that is gone', () => {
    const state = { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: false };
    expect(boundsOnScreen(state, [laptop])).toEqual(state.bounds);
    expect(boundsOnScreen({ ...state, bounds: { ...state.bounds, x: 2000 } }, [laptop])).toBeNull();
    expect(
      boundsOnScreen({ ...state, bounds: { ...state.bounds, x: 2000 } }, [laptop, { x: 1440, y: 0, width: 1920, height: 1080 }]),
    ).not.toBeNull();
    expect(boundsOnScreen(null, [laptop])).toBeNull();
  });

  it('saves the normal bounds and the maximised flag when the window closes', () => {
    const listeners = new Map<string, () => void>();
    const file = path.join(dir, 'window-state.json');
    trackWindowState(
      {
        on: ((name: string, listener: () => void) => listeners.set(name, listener)) as never,
        getNormalBounds: () => ({ x: 5, y: 6, width: 900, height: 700 }),
        isMaximized: () => true,
        isDestroyed: () => false,
      },
      file,
    );
    listeners.get('close')?.();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ bounds: { x: 5, y: 6, width: 900, height: 700 }, maximized: true });
    expect(readWindowState(file)?.maximized).toBe(true);
    expect(readWindowState(path.join(dir, 'missing.json'))).toBeNull();
  });
});
