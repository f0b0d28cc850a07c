// The web printer hands page.pdf exactly the shared print options (core/export/pdfPrintOptions.ts), read from a fake playwright-core.
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ pdfOptions: [] as unknown[] }));

vi.mock('playwright-core', () => {
  const page = {
    setDefaultTimeout: () => {},
    once: () => {},
    setContent: async () => {},
    waitForSelector: async () => {},
    evaluate: async () => true,
    pdf: async (options: unknown) => {
      fake.pdfOptions.push(options);
      return Buffer.from('%PDF-1.7');
    },
  };
  const context = { addInitScript: async () => {}, route: async () => {}, newPage: async () => page };
  const browser = { newContext: async () => context, close: async () => {} };
  return { chromium: { launch: async () => browser } };
});

const { createChromiumPdfPrinter } = await import('../../../electron/web/chromiumPdfPrinter');
const { pdfPrintOptions } = await import('../../../electron/core/export/pdfPrintOptions');

describe('Chromium PDF printer options', () => {
  it.each(['A4', 'Letter'] as const)(
    'prints %s with the shared options: zero margins on all four sides, backgrounds, CSS page size',
    async (pageSize) => {
      fake.pdfOptions = [];
      // Any existing file passes the "is Chromium installed" check; the browser itself is the fake above.
      await createChromiumPdfPrinter({ executablePath: process.execPath }).print({ html: '<p>x</p>', pageSize, paged: false });
      const shared = pdfPrintOptions(pageSize);
      expect(fake.pdfOptions).toEqual([
        {
          format: pageSize,
          margin: { top: '0in', right: '0in', bottom: '0in', left: '0in' },
          printBackground: true,
          preferCSSPageSize: true,
        },
      ]);
      expect(shared.margins).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    },
  );
});
