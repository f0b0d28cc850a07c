// The PDF printer as seen from the journal's worker: each print is asked of the shell's thread, which owns the browser or window.
import type { AppErrorShape } from '../../contract';
import { AppError } from '../errors/AppError';
import type { PdfPrinter } from '../export/pdfPrinter';
import type { FromWorker } from './protocol';

interface Printed {
  id: number;
  pdf?: Uint8Array;
  error?: AppErrorShape;
}

export function remotePrinter(post: (message: FromWorker) => void): { printer: PdfPrinter; answer(printed: Printed): void } {
  const waiting = new Map<number, { resolve(pdf: Uint8Array): void; reject(error: Error): void }>();
  let nextId = 1;
  return {
    printer: {
      print(job) {
        const id = nextId++;
        return new Promise<Uint8Array>((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          post({ type: 'print', id, job });
        });
      },
    },
    answer({ id, pdf, error }) {
      const pending = waiting.get(id);
      waiting.delete(id);
      if (!pending) return;
      if (pdf) pending.resolve(pdf);
      else pending.reject(new AppError(error?.code ?? 'INTERNAL', error?.message));
    },
  };
}
