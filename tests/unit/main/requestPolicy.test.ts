import { describe, expect, it } from 'vitest';
import { isAllowedRequest } from '../../../electron/main/requestPolicy';

const packaged = { devOrigin: null, devToolsAllowed: false };
const preview = { devOrigin: null, devToolsAllowed: true };
const dev = { devOrigin: 'http://localhost:5173', devToolsAllowed: true };

describe('isAllowedRequest', () => {
  it.each([
    ['app://afterword/index.html', packaged, true],
    ['app://afterword/assets/source-serif-4.woff2', packaged, true],
    ['data:image/png;base64,AAAA', packaged, true],
    ['blob:app://afterword/5b1d0c1e', packaged, true],
    ['app://elsewhere/index.html', packaged, false],
    ['https://fonts.googleapis.com/css', packaged, false],
    ['http://127.0.0.1:8080/', packaged, false],
    ['file:///etc/passwd', packaged, false],
    ['ws://localhost:5173/', packaged, false],
    ['devtools://devtools/bundled/devtools_app.html', packaged, false],
    ['devtools://devtools/bundled/devtools_app.html', preview, true],
    ['http://localhost:5173/', preview, false],
    ['http://localhost:5173/src/main.tsx', dev, true],
    ['ws://localhost:5173/', dev, true],
    ['wss://localhost:5173/', dev, false],
    ['ws://localhost:5174/', dev, false],
    ['http://localhost:5174/', dev, false],
    ['https://example.com/', dev, false],
    ['not a url', dev, false],
  ])('%s with %j → %s', (url, policy, expected) => {
    expect(isAllowedRequest(url, policy)).toBe(expected);
  });

  it('expects the secure websocket when the dev server speaks https', () => {
    const secure = { devOrigin: 'https://localhost:5173', devToolsAllowed: true };
    expect(isAllowedRequest('wss://localhost:5173/', secure)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', secure)).toBe(false);
  });
});
