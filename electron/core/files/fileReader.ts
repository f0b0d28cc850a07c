// Reads a file on disk in windows (an automatic backup being restored), with the UploadReader's shape, so it is never read whole.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { UploadReader } from './uploadReader';

export function openFileReader(file: string): UploadReader {
  const fd = openSync(file, 'r');
  let open = true;
  return {
    byteLength: fstatSync(fd).size,
    read(position, length) {
      const window = Buffer.allocUnsafe(Math.max(0, Math.min(length, this.byteLength - position)));
      for (let got = 0; got < window.length;) {
        const n = readSync(fd, window, got, window.length - got, position + got);
        if (n === 0) return window.subarray(0, got);
        got += n;
      }
      return window;
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
