// Map an app:// request URL to a file inside the renderer build folder, refusing anything that would escape it.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './rendererOrigin';

export type ResolvedFile = { ok: true; filePath: string } | { ok: false; status: 403 | 404 };

export function resolveRendererFile(rootDir: string, requestUrl: string): ResolvedFile {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 404 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  let pathname: string;
  try {
    // Decoding can produce "../" or "\" from %2e%2e%2f and %5c, so containment is checked after it, on the real path.
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 404 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 403 };
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : `.${pathname}`;
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relativePath);
  const inside = path.relative(root, filePath);
  if (inside === '' || inside.split(path.sep)[0] === '..' || path.isAbsolute(inside)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}
