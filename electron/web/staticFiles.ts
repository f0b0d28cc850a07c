// Serves the built renderer from one folder, refusing any path that would step outside it.
import { promises as fs } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { mimeTypeFor } from '../shell/mimeTypes';
import { fileInsideRoot } from '../shell/rendererPath';
import { securityHeaders } from './securityHeaders';

export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  return fileInsideRoot(root, decoded);
}

export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  const file = resolveStaticPath(root, urlPath);
  const body = file ? await fs.readFile(file).catch(() => null) : null;
  if (!file || !body) {
    res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  // Hashed assets may be cached; index.html must not be, so a rebuilt app is picked up.
  const cache = file.endsWith('index.html') ? 'no-store' : 'private, max-age=3600';
  res.writeHead(200, { ...securityHeaders, 'Content-Type': mimeTypeFor(file), 'Cache-Control': cache }).end(body);
}
