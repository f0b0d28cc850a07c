// The bundled fonts (as data: URLs) and the pagedjs polyfill, read from their npm packages at run time and kept once read.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Weights the stylesheet uses: body, italics, semibold and bold text; Inter for dates, prompts and page furniture. */
const FONT_CSS_FILES = [
  '@fontsource/source-serif-4/400.css',
  '@fontsource/source-serif-4/400-italic.css',
  '@fontsource/source-serif-4/600.css',
  '@fontsource/source-serif-4/700.css',
  '@fontsource/source-serif-4/700-italic.css',
  '@fontsource/inter/400.css',
  '@fontsource/inter/500.css',
  '@fontsource/inter/600.css',
];

/**
 * Each @fontsource CSS file with its url(./files/…) sources replaced by woff2 data: URLs. The core is bundled with its
 * dependencies external, so the files are found through require.resolve at run time, never at build time.
 */
function inlineFontCss(cssFile: string): string {
  const cssPath = require.resolve(cssFile);
  const css = readFileSync(cssPath, 'utf8');
  return css.replace(/src:\s*url\(\.\/files\/([^)]+\.woff2)\)[^;]*;/g, (_match, file: string) => {
    const font = readFileSync(path.join(path.dirname(cssPath), 'files', file)).toString('base64');
    return `src: url(data:font/woff2;base64,${font}) format('woff2');`;
  });
}

let fontCss: string | undefined;
let pagedPolyfill: string | undefined;

/** @font-face rules for Source Serif 4 and Inter, every file embedded (setContent documents cannot load file:// fonts). */
export function embeddedFontFaces(): string {
  fontCss ??= FONT_CSS_FILES.map(inlineFontCss).join('\n');
  return fontCss;
}

/** The pagedjs polyfill (contents page numbers, running headers); its package exports only code entry points, so find dist/ beside them. */
export function pagedJsPolyfill(): string {
  if (pagedPolyfill === undefined) {
    const packageRoot = path.resolve(path.dirname(require.resolve('pagedjs')), '..');
    pagedPolyfill = readFileSync(path.join(packageRoot, 'dist', 'paged.polyfill.min.js'), 'utf8');
  }
  return pagedPolyfill;
}
