// The appearance choices and their rules, free of the DOM so they are unit-tested under Node (appearance.ts applies them).

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const textSizes = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof textSizes)[number];
export const lineWidths = ['narrow', 'medium', 'wide'] as const;
export type LineWidth = (typeof lineWidths)[number];
export const typefaces = ['serif', 'sans'] as const;
export type Typeface = (typeof typefaces)[number];

export interface Appearance {
  theme: Theme;
  textSize: TextSize;
  lineWidth: LineWidth;
  typeface: Typeface;
  focusMode: boolean;
}

export const defaultAppearance: Appearance = {
  theme: 'system',
  textSize: 'medium',
  lineWidth: 'medium',
  typeface: 'serif',
  focusMode: false,
};

const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/** Whatever was stored (or nothing, or junk): always a whole, valid Appearance. */
export function parseAppearance(text: string | null): Appearance {
  let stored: Partial<Record<keyof Appearance, unknown>> = {};
  try {
    const value: unknown = text ? JSON.parse(text) : {};
    if (value && typeof value === 'object') stored = value;
  } catch {
    // A damaged preference is not worth an error: the defaults apply.
  }
  return {
    theme: oneOf(themes, stored.theme, defaultAppearance.theme),
    textSize: oneOf(textSizes, stored.textSize, defaultAppearance.textSize),
    lineWidth: oneOf(lineWidths, stored.lineWidth, defaultAppearance.lineWidth),
    typeface: oneOf(typefaces, stored.typeface, defaultAppearance.typeface),
    focusMode: typeof stored.focusMode === 'boolean' ? stored.focusMode : defaultAppearance.focusMode,
  };
}

/** One step up or down the text sizes, staying within them. */
export function stepTextSize(size: TextSize, step: 1 | -1): TextSize {
  const index = Math.min(textSizes.length - 1, Math.max(0, textSizes.indexOf(size) + step));
  return textSizes[index]!;
}
