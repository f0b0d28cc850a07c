// The dev server sends the shipped policy, loosened only where hot reload needs it (ELECTRON.md said a <meta> did this; none did).
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEV_SERVER_CONTENT_SECURITY_POLICY } from '../../../electron/shell/contentSecurityPolicy';
import config from '../../../electron.vite.config';

const directives = (policy: string) => new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive] as const));

describe('the dev server’s Content-Security-Policy', () => {
  it('differs from the shipped one only in inline scripts and loopback websockets', () => {
    const shipped = directives(CONTENT_SECURITY_POLICY);
    const dev = directives(DEV_SERVER_CONTENT_SECURITY_POLICY);
    const changed = [...shipped.keys()].filter((name) => shipped.get(name) !== dev.get(name));
    expect(changed).toEqual(['script-src', 'connect-src']);
    expect(dev.get('connect-src')).toBe("connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
    expect(dev.get('default-src')).toBe("default-src 'none'");
  });

  it('is sent with every response of electron-vite’s renderer dev server', () => {
    const renderer = (config as { renderer?: { server?: { headers?: Record<string, string> } } }).renderer;
    expect(renderer?.server?.headers?.['Content-Security-Policy']).toBe(DEV_SERVER_CONTENT_SECURITY_POLICY);
  });
});
