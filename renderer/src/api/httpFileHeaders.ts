// The two headers that carry a file's context over HTTP: its name on the way back, the method's other parameters on the way in. Pure.
/**
 * Whether an answer is a file rather than a Result envelope. Only the Content-Disposition says so: a JSON export is
 * `application/json` like every envelope, so the Content-Type cannot tell them apart.
 */
export function isAttachment(disposition: string | null): boolean {
  return /^\s*attachment\b/i.test(disposition ?? '');
}

/** The file's name from Content-Disposition, preferring the UTF-8 form the host sends beside the ASCII one. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/** Parameters beside the file travel as base64url JSON in one header: passphrases need not be ASCII, headers must be. */
export function encodeParams(params: Record<string, unknown>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(params));
  let binary = '';
  bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
