// Where the renderer may live: the built app on app://afterword, or in development a loopback dev server.
// Pure (no electron import) so every URL decision is unit-tested under Node.

export const APP_SCHEME = 'app';
export const APP_HOST = 'afterword';
export const RENDERER_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The dev server's origin from electron-vite's ELECTRON_RENDERER_URL, or null for the built app.
 * A packaged app ignores the variable, and only a loopback http(s) server is accepted, so nobody can point
 * the journal's window at a remote page through the environment.
 */
export function devServerOrigin(rendererUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !rendererUrl) return null;
  const url = parse(rendererUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !loopbackHosts.has(url.hostname)) {
    throw new Error(`ELECTRON_RENDERER_URL must be a loopback http(s) URL such as http://localhost:5173, not "${rendererUrl}".`);
  }
  return `${url.protocol}//${url.host}`;
}

/** True for a page of our own renderer: app://afterword/…, or the dev server when one is in use. */
export function isRendererUrl(url: string, devOrigin: string | null): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  // WHATWG URL gives non-special schemes an opaque origin ("null"), so compare scheme and host instead.
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  return devOrigin !== null && `${parsed.protocol}//${parsed.host}` === devOrigin;
}
