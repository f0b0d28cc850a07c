// Pure checks every request to the browser host must pass: the Host and Origin headers, and the bearer token.
import { createHash, timingSafeEqual } from 'node:crypto';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Refuses DNS-rebinding (foreign Host) and cross-site requests (foreign Origin). A missing Origin is a same-origin navigation or a non-browser client. */
export function hostAndOriginAllowed(headers: { host?: string; origin?: string }, port: number): boolean {
  const hosts = allowedHosts(port);
  if (!headers.host || !hosts.has(headers.host.toLowerCase())) return false;
  if (headers.origin === undefined) return true;
  return [...hosts].some((host) => headers.origin === `http://${host}`);
}

/** Constant-time comparison of hashes, so neither the token's content nor its length leaks through timing. */
export function bearerTokenMatches(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b) && presented.length > 0;
}
