// Which requests the app's session may make at all: our own app:// files, and while developing the dev server and DevTools.
import { isRendererUrl } from './rendererOrigin';

export interface RequestPolicy {
  devOrigin: string | null;
  /** True when DevTools can be opened (unpackaged builds); DevTools loads its own devtools:// pages. */
  devToolsAllowed: boolean;
}

// In-memory URLs never leave the machine; the CSP allows them for images and fonts.
const localSchemes = new Set(['data:', 'blob:']);

export function isAllowedRequest(url: string, policy: RequestPolicy): boolean {
  if (isRendererUrl(url, policy.devOrigin)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (localSchemes.has(parsed.protocol)) return true;
  if (parsed.protocol === 'devtools:') return policy.devToolsAllowed;
  if (policy.devOrigin === null) return false;
  // Vite's hot-reload websocket lives on the dev server's host and port.
  const dev = new URL(policy.devOrigin);
  const socketProtocol = dev.protocol === 'https:' ? 'wss:' : 'ws:';
  return parsed.protocol === socketProtocol && parsed.host === dev.host;
}
