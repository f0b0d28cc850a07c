// The browser's way in: the printed link's one-time token is exchanged, once, for an HttpOnly cookie; scripts keep the Bearer token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { bearerTokenMatches } from './requestGuards';

/** The page calls this with the link's token before anything else (renderer/src/api/session.ts). */
export const SESSION_PATH = '/api/session';

const digest = (value: string) => createHash('sha256').update(value).digest();
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b)) && a.length > 0;

function cookieValue(header: string | undefined, name: string): string {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return '';
}

export class SessionAuth {
  private linkToken: string | null;
  private readonly sessions = new Set<string>();

  /** `port` is read late: the cookie's name carries it, because cookies are shared by every port of 127.0.0.1. */
  constructor(
    private readonly apiToken: string,
    linkToken: string,
    private readonly port: () => number,
  ) {
    this.linkToken = linkToken;
  }

  private get cookieName(): string {
    return `afterword_session_${this.port()}`;
  }

  /**
   * The Set-Cookie value for a right link token, once: the link then stops working, so a copy left in the browser's history,
   * its session restore or another user's process list opens nothing. Null for a wrong or spent token.
   */
  exchange(presented: string): string | null {
    if (this.linkToken === null || !sameSecret(presented, this.linkToken)) return null;
    this.linkToken = null;
    const session = randomBytes(32).toString('base64url');
    this.sessions.add(digest(session).toString('hex'));
    // No Max-Age: the cookie ends with the browser session. Path=/api: the pages themselves never need it.
    return `${this.cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/api`;
  }

  /** A request may use the API: the Bearer token (scripts, tests) or a session cookie from an exchange (the page, its events). */
  authorised(headers: IncomingHttpHeaders): boolean {
    if (bearerTokenMatches(headers.authorization, this.apiToken)) return true;
    const session = cookieValue(headers.cookie, this.cookieName);
    // A Set lookup of the session's hash: the comparison never touches the secret itself.
    return session.length > 0 && this.sessions.has(digest(session).toString('hex'));
  }
}
