// Session-wide hardening: no permissions for anyone, no requests beyond our own files, no dictionary downloads, guards on every webContents.
import { app, session } from 'electron';
import { isAllowedRequest, type RequestPolicy } from './requestPolicy';
import { keepSpellcheckLocal } from './spellcheck';
import { guardWebContents } from './webContentsGuards';

/** Safe to call before ready; guards each webContents as it is created, DevTools and future hidden windows included. */
export function guardAllWebContents(devOrigin: string | null): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devOrigin));
}

/** Needs the app to be ready (session.defaultSession exists only then). */
export function hardenDefaultSession(policy: RequestPolicy): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, policy) }));
  keepSpellcheckLocal(ses, process.platform);
}
