import { describe, expect, it } from 'vitest';
import { bearerTokenMatches, hostAndOriginAllowed } from '../../../electron/web/requestGuards';
import { resolveStaticPath } from '../../../electron/web/staticFiles';

describe('hostAndOriginAllowed', () => {
  it.each([
    [{ host: '127.0.0.1:5199' }, true],
    [{ host: 'localhost:5199' }, true],
    [{ host: '127.0.0.1:5199', origin: 'http://127.0.0.1:5199' }, true],
    [{ host: 'localhost:5199', origin: 'http://localhost:5199' }, true],
    [{ host: 'evil.example:5199' }, false],
    [{ host: '127.0.0.1:5200' }, false],
    [{}, false],
    [{ host: '127.0.0.1:5199', origin: 'http://evil.example' }, false],
    [{ host: '127.0.0.1:5199', origin: 'null' }, false],
    [{ host: '127.0.0.1:5199', origin: 'https://127.0.0.1:5199' }, false],
  ])('%j → %s', (headers, expected) => {
    expect(hostAndOriginAllowed(headers, 5199)).toBe(expected);
  });
});

describe('bearerTokenMatches', () => {
  const token = 'abcdefghijklmnopqrstuvwx';
  it.each([
    [`Bearer ${token}`, true],
    [`Bearer ${token}x`, false],
    [`bearer ${token}`, false],
    [token, false],
    ['Bearer ', false],
    [undefined, false],
  ])('%j → %s', (header, expected) => {
    expect(bearerTokenMatches(header, token)).toBe(expected);
  });
});

describe('resolveStaticPath', () => {
  it('stays inside the root', () => {
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveStaticPath('/srv/app', '/assets/a.js?v=1')).toBe('/srv/app/assets/a.js');
    expect(resolveStaticPath('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%00')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%E0%A4%A')).toBeNull();
  });
});
