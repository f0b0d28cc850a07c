// Answers app:// requests with files from the renderer build, each response carrying the strict CSP.
// Free of electron imports: protocol.ts hands it to protocol.handle, and tests call it with plain Requests.
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../shell/contentSecurityPolicy';
import { mimeTypeFor } from '../shell/mimeTypes';
import { resolveRendererFile } from './resolveRendererFile';

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function refusal(status: 403 | 404 | 405): Response {
  return new Response(null, { status, headers: securityHeaders });
}

export function createRendererFileHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const resolved = resolveRendererFile(rootDir, request.url);
    if (!resolved.ok) return refusal(resolved.status);
    let body: Buffer;
    try {
      body = await readFile(resolved.filePath);
    } catch {
      // Missing files, folders and unreadable files all look the same to the page.
      return refusal(404);
    }
    const headers = { ...securityHeaders, 'Content-Type': mimeTypeFor(resolved.filePath) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
