// The browser host's one-time link token: read once from the URL fragment and scrubbed from the address bar, never stored.
export function takeLinkToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (!match?.[1]) return null;
  // Keep the token out of history, bookmarks and screen shares (it is spent on first use anyway).
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return decodeURIComponent(match[1]);
}

/**
 * Trades the link token for the host's HttpOnly session cookie (POST /api/session). Without a token (a reload, a second tab)
 * there is nothing to trade: the cookie this browser already holds is used, and a page without one is told what to do.
 */
export async function startSession(linkToken: string | null): Promise<void> {
  if (!linkToken) return;
  await fetch('/api/session', { method: 'POST', headers: { Authorization: `Bearer ${linkToken}` }, credentials: 'same-origin' }).catch(
    () => undefined,
  );
}
