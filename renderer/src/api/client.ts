// The one API object the app talks to: Electron's preload bridge when present, else the browser host over HTTP.
import type { AfterwordApi } from '../contract';
import { buildApi } from './buildApi';
import { failure } from './failure';
import { createHttpClient } from './httpClient';
import { takeToken } from './token';

const NO_TOKEN = 'This page needs the link Afterword printed when it started (it carries a one-time key). Open that link again.';

/** For a tab opened without the host's token: every call answers with what to do instead. */
function createTokenlessClient(): AfterwordApi {
  return buildApi(
    async () => failure('FORBIDDEN', NO_TOKEN),
    () => () => {},
  );
}

function createClient(): AfterwordApi {
  if (window.afterword) return window.afterword;
  const token = takeToken();
  return token ? createHttpClient(token) : createTokenlessClient();
}

export const api: AfterwordApi = createClient();
