// Electron's hidden print window, read from what createElectronPdfPrinter hands a fake electron: sandboxed, script only when
// pagedjs needs it, WebRTC kept off the network, every permission refused, and a hung print destroyed with a clear error.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (...args: any[]) => unknown;
const fake = vi.hoisted(() => ({
  calls: [] as string[],
  windows: [] as Array<{ options: { webPreferences: Record<string, unknown> }; destroyed: boolean }>,
  permission: undefined as undefined | Handler,
  check: undefined as undefined | Handler,
  proxy: undefined as unknown,
  pagedReady: true,
}));

vi.mock('electron', () => {
  const ses = {
    setPermissionRequestHandler: (handler: Handler) => (fake.permission = handler),
    setPermissionCheckHandler: (handler: Handler) => (fake.check = handler),
    setProxy: async (config: unknown) => {
      fake.proxy = config;
      fake.calls.push('setProxy');
    },
    webRequest: { onBeforeRequest: () => fake.calls.push('onBeforeRequest') },
    protocol: { isProtocolHandled: () => false, handle: () => fake.calls.push('handle'), unhandle: () => {} },
  };
  class BrowserWindow {
    private readonly record;
    webContents = {
      setWebRTCIPHandlingPolicy: (policy: string) => fake.calls.push(`webrtc:${policy}`),
      on: () => {},
      executeJavaScript: async () => fake.pagedReady,
      printToPDF: async () => Buffer.from('%PDF-1.7'),
    };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      this.record = { options, destroyed: false };
      fake.windows.push(this.record);
    }
    loadURL() {
      fake.calls.push('loadURL');
      return Promise.resolve();
    }
    isDestroyed = () => this.record.destroyed;
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { BrowserWindow, session: { fromPartition: () => ses } };
});

const { createElectronPdfPrinter, WEBRTC_POLICY } = await import('../../../electron/main/printToPdf');

describe('Electron print window', () => {
  beforeEach(() => {
    fake.calls = [];
    fake.windows = [];
    fake.pagedReady = true;
  });

  it.each([true, false])('is sandboxed and isolated, runs script only for a paged book (paged: %s), and is destroyed after', async (paged) => {
    await createElectronPdfPrinter().print({ html: '<p>x</p>', pageSize: 'A4', paged });
    const [window] = fake.windows;
    expect(window!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, javascript: paged });
    expect(window!.destroyed).toBe(true);
  });

  it('turns WebRTC off and sets a dead-end proxy before the document loads, and refuses every permission', async () => {
    await createElectronPdfPrinter().print({ html: '<p>x</p>', pageSize: 'A4', paged: false });
    expect(WEBRTC_POLICY).toBe('disable_non_proxied_udp');
    expect(fake.calls.indexOf(`webrtc:${WEBRTC_POLICY}`)).toBeGreaterThan(-1);
    expect(fake.calls.indexOf(`webrtc:${WEBRTC_POLICY}`)).toBeLessThan(fake.calls.indexOf('loadURL'));
    expect(fake.calls.indexOf('setProxy')).toBeLessThan(fake.calls.indexOf('loadURL'));
    expect(fake.proxy).toMatchObject({ proxyRules: 'socks5://0.0.0.0:1' });
    const answers: boolean[] = [];
    fake.permission!(null, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(fake.check!()).toBe(false);
  });

  it('stops a print that never finishes, destroying the window and saying so', async () => {
    fake.pagedReady = false;
    await expect(createElectronPdfPrinter({ timeoutMs: 300 }).print({ html: '<p>x</p>', pageSize: 'A4', paged: true })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('so it was stopped'),
    });
    expect(fake.windows[0]!.destroyed).toBe(true);
  });
});
