// Which link targets a document may hold: web pages and e-mail addresses, nothing a click could run or a page could fetch locally.
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
export const MAX_URL_LENGTH = 2048;

/** True for an absolute http(s) or mailto URL with no spaces or control characters (which browsers would strip to hide a scheme). */
export function isSafeLinkHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > MAX_URL_LENGTH) return false;
  if (/[\s\p{Cc}]/u.test(href)) return false;
  try {
    return LINK_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** An image inside a document is always a picture stored in the journal, named `attachment:<uuid>`; never a URL. */
export const ATTACHMENT_REF = /^attachment:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
