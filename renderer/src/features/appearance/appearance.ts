// How the page looks: theme, text size, line width, typeface and focus mode. Kept in the browser's localStorage, outside
// the vault: it must apply on the unlock screen, before any key exists, and it holds nothing private.
import { useSyncExternalStore } from 'react';
import { defaultAppearance, parseAppearance, type Appearance } from './appearanceChoices';

export * from './appearanceChoices';

const STORAGE_KEY = 'afterword.appearance';

function readStored(): Appearance {
  try {
    return parseAppearance(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return defaultAppearance;
  }
}

let current: Appearance = readStored();
const listeners = new Set<() => void>();

/** The choices as attributes on <html>: CSS does the rest (styles/base.css, styles/editor.css). */
export function applyAppearance(appearance: Appearance = current): void {
  const root = document.documentElement;
  if (appearance.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = appearance.theme;
  root.dataset.textSize = appearance.textSize;
  root.dataset.lineWidth = appearance.lineWidth;
  root.dataset.typeface = appearance.typeface;
  root.toggleAttribute('data-focus-mode', appearance.focusMode);
}

export function updateAppearance(change: Partial<Appearance>): void {
  current = { ...current, ...change };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Storage may be full or off: the choice still applies for this session.
  }
  applyAppearance(current);
  listeners.forEach((listener) => listener());
}

export function useAppearance(): Appearance {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
