// Session-wide hardening: one permission for our own window (clipboard write), no requests beyond our own files,
// no dictionary downloads in any session, guards on every webContents.
import { app, session, type Session, type WebContents } from 'electron';
import { isPermissionGranted } from './permissionPolicy';
import { isAllowedRequest, type RequestPolicy } from './requestPolicy';
import { keepSpellcheckLocal } from './spellcheck';
import { guardWebContents } from './webContentsGuards';

/** Safe to call before ready; guards each webContents as it is created, DevTools and future hidden windows included. */
export function guardAllWebContents(devOrigin: string | null): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devOrigin));
}

/**
 * app.md: 'session-created' fires for every session Chromium makes, the print window's in-memory partition included.
 * Electron starts loading spellcheck dictionaries for each session (electron#22995), so each is locked down as it appears.
 * Registered before ready, so no session can be created without it.
 */
export function keepEverySessionLocal(): void {
  app.on('session-created', (created: Session) => keepSpellcheckLocal(created, process.platform));
}

/** Permissions of the default session: the main window's clipboard write, nothing else for anyone. */
export function permissionHandlers(policy: RequestPolicy, trustedWebContents: () => WebContents | undefined) {
  const trustedId = () => trustedWebContents()?.id ?? null;
  return {
    request: (contents: WebContents, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) =>
      callback(
        isPermissionGranted(
          {
            permission,
            webContentsId: contents.id,
            trustedWebContentsId: trustedId(),
            requestingUrl: details.requestingUrl ?? contents.getURL(),
          },
          policy.devOrigin,
        ),
      ),
    check: (contents: WebContents | null, permission: string, requestingOrigin: string) =>
      isPermissionGranted(
        { permission, webContentsId: contents?.id ?? null, trustedWebContentsId: trustedId(), requestingUrl: requestingOrigin },
        policy.devOrigin,
      ),
  };
}

/** Needs the app to be ready (session.defaultSession exists only then). */
export function hardenDefaultSession(policy: RequestPolicy, trustedWebContents: () => WebContents | undefined): void {
  const ses = session.defaultSession;
  const permissions = permissionHandlers(policy, trustedWebContents);
  ses.setPermissionRequestHandler(permissions.request);
  ses.setPermissionCheckHandler(permissions.check);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, policy) }));
  keepSpellcheckLocal(ses, process.platform);
}
