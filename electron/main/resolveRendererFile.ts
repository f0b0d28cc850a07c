// Map an app:// request URL to a file inside the renderer build folder, refusing anything that would escape it.
import { fileInsideRoot } from '../shell/rendererPath';
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
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 404 };
  }
  const filePath = fileInsideRoot(rootDir, pathname);
  return filePath ? { ok: true, filePath } : { ok: false, status: 403 };
}
