// The one API object the app talks to: Electron's preload bridge when present, else the browser host over HTTP.
import type { AfterwordApi } from '../contract';
import { createHttpClient } from './httpClient';
import { startSession, takeLinkToken } from './token';

/** The browser host authenticates the page by cookie; a page the host refuses shows the host's own words (use the printed link). */
function createClient(): AfterwordApi {
  if (window.afterword) return window.afterword;
  return createHttpClient(startSession(takeLinkToken()));
}

export const api: AfterwordApi = createClient();
