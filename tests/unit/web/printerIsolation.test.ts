// The web printer on its own, handed pages that run hostile script: WebRTC is gone before the first instruction and reaches
// none of the listening STUN/TURN, HTTP or WebSocket sockets; a script error or a hung page ends the print with a clear error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGED_READY_ATTRIBUTE } from '../../../electron/core/export/pdfPrinter';
import { CHROMIUM_ARGS, createChromiumPdfPrinter, sandboxAvailable } from '../../../electron/web/chromiumPdfPrinter';
import { plantedScript } from '../helpers/hostileContent';
import { startLeakListeners, type LeakListeners } from '../helpers/leakListeners';
import { pdfText, writeTempPdf } from '../helpers/poppler';

const PRINT_TIMEOUT = 120_000;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Chromium printer isolation', () => {
  let listeners: LeakListeners;
  beforeAll(async () => {
    listeners = await startLeakListeners();
  });
  afterAll(() => listeners.close());

  it(
    'runs a page whose script tries WebRTC, fetch, WebSocket and an image, and none of them reaches a listener',
    async () => {
      // No CSP here: this proves the printer's own layer (flags, init script, routing), whatever the document allows.
      const probe = `document.body.insertAdjacentText('beforeend', ' RTC=' + typeof window.RTCPeerConnection + ' webkit=' + typeof window.webkitRTCPeerConnection);`;
      const finish = `setTimeout(function () { document.documentElement.setAttribute('${PAGED_READY_ATTRIBUTE}', 'done'); }, 3000);`;
      const html = `<!doctype html><html><body><p>secret words of another entry</p><script>${probe}${plantedScript(listeners.ports)}${finish}</script></body></html>`;
      const file = writeTempPdf(await createChromiumPdfPrinter().print({ html, pageSize: 'A4', paged: true }));
      await settle(1000);
      expect(listeners.received).toEqual([]);
      expect(pdfText(file)).toContain('RTC=undefined webkit=undefined');
    },
    PRINT_TIMEOUT,
  );

  it('keeps WebRTC off the network and runs the sandbox unless the host is root', () => {
    expect(CHROMIUM_ARGS).toContain('--force-webrtc-ip-handling-policy=disable_non_proxied_udp');
    expect(CHROMIUM_ARGS).not.toContain('--no-sandbox');
    expect(sandboxAvailable(0)).toBe(false);
    expect(sandboxAvailable(1000)).toBe(true);
  });

  it(
    'fails at once with a clear error when a script throws, even during the first instruction',
    async () => {
      const html = `<!doctype html><html><body><script>throw new Error('boom')</script></body></html>`;
      const started = Date.now();
      await expect(createChromiumPdfPrinter().print({ html, pageSize: 'A4', paged: true })).rejects.toMatchObject({
        code: 'INTERNAL',
        message: expect.stringContaining('could not be laid out'),
      });
      expect(Date.now() - started).toBeLessThan(60_000);
    },
    PRINT_TIMEOUT,
  );

  it(
    'stops a print that never finishes, closing the browser and saying so',
    async () => {
      const printer = createChromiumPdfPrinter({ timeoutMs: 4_000 });
      await expect(printer.print({ html: '<!doctype html><p>never laid out</p>', pageSize: 'A4', paged: true })).rejects.toMatchObject({
        code: 'INTERNAL',
        message: expect.stringContaining('took longer than 4 seconds, so it was stopped'),
      });
    },
    PRINT_TIMEOUT,
  );
});
