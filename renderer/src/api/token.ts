// The browser host's one-time token: read once from the URL fragment, kept for this tab only, scrubbed from the address bar.
const STORAGE_KEY = 'afterword.token';

/** The token from `#token=…` (stored and removed from the URL), else the one this tab stored earlier. */
export function takeToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(STORAGE_KEY, decodeURIComponent(match[1]));
    // Keep the token out of history, bookmarks and screen shares.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
