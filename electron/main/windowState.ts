// The window's size, position and maximised state, remembered between launches in a small file beside the journal.
// It lives outside the vault (it must apply before unlocking) and holds nothing private: four numbers and a flag.
import { readFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';
import { atomicWriteFileSync } from '../core/fs/atomicWriteFileSync';

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1100, height: 780 } as const;
export const MIN_SIZE = { width: 640, height: 480 } as const;
const SAVE_DELAY_MS = 500;

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const isWhole = (value: unknown): value is number => Number.isInteger(value) && Math.abs(value as number) < 100_000;

/** A state read back from disk, or null for anything that is not exactly what saveWindowState writes. */
export function parseWindowState(text: string): WindowState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const state = value as Partial<WindowState> | null;
  const bounds = state?.bounds as Partial<Rectangle> | undefined;
  if (!bounds || typeof state?.maximized !== 'boolean') return null;
  if (![bounds.x, bounds.y, bounds.width, bounds.height].every(isWhole)) return null;
  if (bounds.width! < MIN_SIZE.width || bounds.height! < MIN_SIZE.height) return null;
  return { bounds: { x: bounds.x!, y: bounds.y!, width: bounds.width!, height: bounds.height! }, maximized: state.maximized };
}

/** The saved bounds when their title bar is still on one of today's displays (a monitor may have been unplugged). */
export function boundsOnScreen(state: WindowState | null, workAreas: readonly Rectangle[]): Rectangle | null {
  if (!state) return null;
  const { x, y, width } = state.bounds;
  const titleBarVisible = workAreas.some(
    (area) => x + width > area.x + 40 && x < area.x + area.width - 40 && y >= area.y && y < area.y + area.height - 40,
  );
  return titleBarVisible ? state.bounds : null;
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Saves after moves and resizes settle, and on close; the normal bounds are kept while maximised. */
export function trackWindowState(
  window: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'>,
  file: string,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed()) return;
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      atomicWriteFileSync(file, Buffer.from(`${JSON.stringify(state)}\n`));
    } catch {
      // Losing the window's position is harmless; it must never stop the app.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', later);
  window.on('close', save);
}
