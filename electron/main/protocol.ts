// The app:// scheme that serves the built renderer: registered as privileged before ready, handled after it.
import { protocol } from 'electron';
import { createRendererFileHandler } from './rendererFileHandler';
import { APP_SCHEME } from './rendererOrigin';

/** Must run before the app is ready: a standard, secure scheme gets a real origin, so 'self' in the CSP means it. */
export function registerAppSchemeAsPrivileged(): void {
  // corsEnabled is left off on purpose: it would let other origins read our files.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRendererFrom(rootDir: string): void {
  protocol.handle(APP_SCHEME, createRendererFileHandler(rootDir));
}
