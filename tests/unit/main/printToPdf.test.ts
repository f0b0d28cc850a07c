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
  printOptions: [] as unknown[],
  scripts: [] as string[],
  listeners: {} as Record<string, Handler>,
  onLoad: undefined as undefined | (() => Promise<void>),
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
      on: (event: string, listener: Handler) => (fake.listeners[event] = listener),
      executeJavaScript: (script: string) => {
        fake.scripts.push(script);
        return fake.pagedReady ? Promise.resolve(true) : new Promise(() => {});
      },
      printToPDF: async (options: unknown) => {
        fake.printOptions.push(options);
        return Buffer.from('%PDF-1.7');
      },
    };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      this.record = { options, destroyed: false };
      fake.windows.push(this.record);
    }
    loadURL() {
      fake.calls.push('loadURL');
      return fake.onLoad ? fake.onLoad() : Promise.resolve();
    }
    isDestroyed = () => this.record.destroyed;
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { BrowserWindow, session: { fromPartition: () => ses } };
});

const { createElectronPdfPrinter, WEBRTC_POLICY, PAGED_AND_FONTS_READY } = await import('../../../electron/main/printToPdf');
const { pdfPrintOptions } = await import('../../../electron/core/export/pdfPrintOptions');

describe('Electron print window', () => {
  beforeEach(() => {
    fake.calls = [];
    fake.windows = [];
    fake.pagedReady = true;
    fake.printOptions = [];
    fake.scripts = [];
    fake.listeners = {};
    fake.onLoad = undefined;
  });

  it.each([true, false])(
    'is sandboxed and isolated, runs script only for a paged book (paged: %s), and is destroyed after',
    async (paged) => {
      await createElectronPdfPrinter().print({ html: '<p>x</p>', pageSize: 'A4', paged });
      const [window] = fake.windows;
      expect(window!.options.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
        javascript: paged,
      });
      expect(window!.destroyed).toBe(true);
    },
  );

  it("is a plain hidden window, not an offscreen one (Electron's own printToPDF tests print from show: false windows)", async () => {
    await createElectronPdfPrinter().print({ html: '<p>x</p>', pageSize: 'A4', paged: true });
    const [window] = fake.windows;
    expect(window!.options).toMatchObject({ show: false });
    expect(window!.options.webPreferences).not.toHaveProperty('offscreen');
  });

  it.each(['A4', 'Letter'] as const)(
    'prints %s with exactly the shared options, all four margins 0 (print-to-pdf-margins.md: default 1 cm)',
    async (pageSize) => {
      await createElectronPdfPrinter().print({ html: '<p>x</p>', pageSize, paged: false });
      expect(fake.printOptions).toEqual([pdfPrintOptions(pageSize)]);
      expect(fake.printOptions[0]).toEqual({
        pageSize,
        margins: { top: 0, right: 0, bottom: 0, left: 0 },
        printBackground: true,
        preferCSSPageSize: true,
      });
    },
  );

  it('waits, in one call and without polling, for the paged layout and document.fonts.ready before printing a paged book', async () => {
    await createElectronPdfPrinter().print({ html: '<p>x</p>', pageSize: 'A4', paged: true });
    expect(fake.scripts).toEqual([PAGED_AND_FONTS_READY]);
    expect(PAGED_AND_FONTS_READY).toContain('document.fonts.ready');
    expect(PAGED_AND_FONTS_READY).toContain('MutationObserver');
  });

  it("fails at once with a clear error when the print page's renderer dies (web-contents.md: render-process-gone)", async () => {
    fake.pagedReady = false;
    const printing = createElectronPdfPrinter().print({ html: '<p>x</p>', pageSize: 'A4', paged: true });
    await vi.waitFor(() => expect(fake.scripts).toHaveLength(1));
    fake.listeners['render-process-gone']!({}, { reason: 'oom', exitCode: 1 });
    await expect(printing).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('stopped (oom), so nothing was saved'),
    });
    expect(fake.windows[0]!.destroyed).toBe(true);
    expect(fake.printOptions).toEqual([]);
  });

  it('fails at once when a script on the print page errors (web-contents.md: console-message, level error)', async () => {
    fake.onLoad = async () => {
      fake.listeners['console-message']!({ level: 'error', message: 'boom' });
    };
    await expect(createElectronPdfPrinter().print({ html: '<p>x</p>', pageSize: 'A4', paged: true })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('could not be laid out'),
    });
    expect(fake.printOptions).toEqual([]);
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
    await expect(
      createElectronPdfPrinter({ timeoutMs: 300 }).print({ html: '<p>x</p>', pageSize: 'A4', paged: true }),
    ).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('so it was stopped'),
    });
    expect(fake.windows[0]!.destroyed).toBe(true);
  });
});
