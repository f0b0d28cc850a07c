import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFacts } from '../../../electron/main/trustedSender';

const ours: SenderFacts = { frameUrl: 'app://afterword/index.html', isTopFrame: true, senderWebContentsId: 7, trustedWebContentsId: 7 };

describe('isTrustedSender', () => {
  it('trusts the top frame of our window showing our renderer', () => {
    expect(isTrustedSender(ours, null)).toBe(true);
  });

  it.each<[string, Partial<SenderFacts>]>([
    ['another webContents', { senderWebContentsId: 8 }],
    ['no main window', { trustedWebContentsId: null }],
    ['a subframe', { isTopFrame: false }],
    ['a frame that is gone', { frameUrl: null }],
    ['a page navigated elsewhere', { frameUrl: 'https://evil.example/' }],
    ['a file:// page', { frameUrl: 'file:///tmp/x.html' }],
    ['the dev server when not developing', { frameUrl: 'http://localhost:5173/' }],
  ])('refuses %s', (_why, change) => {
    expect(isTrustedSender({ ...ours, ...change }, null)).toBe(false);
  });

  it('trusts the dev server only while developing against it', () => {
    const devFrame = { ...ours, frameUrl: 'http://localhost:5173/' };
    expect(isTrustedSender(devFrame, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(devFrame, 'http://localhost:5999')).toBe(false);
  });
});
