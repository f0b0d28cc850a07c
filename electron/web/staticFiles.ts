// Serves the built renderer from one folder, refusing any path that would step outside it.
import { promises as fs } from 'node:fs';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { mimeTypeFor } from '../shell/mimeTypes';
import { fileInsideRoot } from '../shell/rendererPath';
import { acceptedEncodings, encodedPath, type StaticEncoding } from './contentEncoding';
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

/** The build's precompressed copy (scripts/precompressAssets.ts) the browser accepts, else the file itself. */
async function readBest(
  file: string,
  accept: IncomingHttpHeaders['accept-encoding'],
): Promise<{ body: Buffer; encoding?: StaticEncoding } | null> {
  for (const encoding of acceptedEncodings(accept)) {
    const body = await fs.readFile(encodedPath(file, encoding)).catch(() => null);
    if (body) return { body, encoding };
  }
  const body = await fs.readFile(file).catch(() => null);
  return body && { body };
}

export async function serveStatic(root: string, urlPath: string, res: ServerResponse, headers: IncomingHttpHeaders = {}): Promise<void> {
  const file = resolveStaticPath(root, urlPath);
  const found = file ? await readBest(file, headers['accept-encoding']) : null;
  if (!file || !found) {
    res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  // Hashed assets may be cached; index.html must not be, so a rebuilt app is picked up.
  const cache = file.endsWith('index.html') ? 'no-store' : 'private, max-age=3600';
  res
    .writeHead(200, {
      ...securityHeaders,
      'Content-Type': mimeTypeFor(file),
      'Cache-Control': cache,
      // The answer depends on Accept-Encoding, so a cache must not hand a brotli body to a client that asked for none.
      Vary: 'Accept-Encoding',
      ...(found.encoding ? { 'Content-Encoding': found.encoding } : {}),
    })
    .end(found.body);
}
