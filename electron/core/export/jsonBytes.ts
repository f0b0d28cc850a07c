// An uploaded JSON file as the byte scanner sees it: one window of its bytes held at a time, moved as the scan moves, so an
// import's memory does not include the file.
import { isUtf8 } from 'node:buffer';
import type { UploadReader } from '../files/uploadReader';

/** Bytes deciphered per read: large enough that reads cost little, small enough not to count. */
const WINDOW_BYTES = 1024 * 1024;
/** A window starts this far before the byte asked for: the scanner looks back a few bytes (a quote's escaping backslashes). */
const LOOK_BACK = 4096;

export class JsonBytes {
  readonly length: number;
  private window: Buffer = Buffer.alloc(0);
  private base = 0;

  constructor(
    private readonly reader: UploadReader,
    private readonly windowBytes = WINDOW_BYTES,
  ) {
    this.length = reader.byteLength;
  }

  /** The byte at `i`, or undefined past either end (as a Buffer answers). */
  byteAt(i: number): number | undefined {
    const j = i - this.base;
    if (j >= 0 && j < this.window.length) return this.window[j];
    if (i < 0 || i >= this.length) return undefined;
    this.base = Math.max(0, i - LOOK_BACK);
    this.window = this.reader.read(this.base, Math.max(this.windowBytes, LOOK_BACK * 2));
    return this.window[i - this.base];
  }

  /** The first `byte` at or after `from`, or -1. */
  indexOf(byte: number, from: number): number {
    let at = from;
    while (at < this.length) {
      this.byteAt(at);
      const found = this.window.indexOf(byte, at - this.base);
      if (found >= 0) return this.base + found;
      at = this.base + this.window.length;
    }
    return -1;
  }

  /** The UTF-8 text of [start, end): from the window when it holds it, else read for itself (a long picture). */
  text(start: number, end: number): string {
    if (start >= this.base && end <= this.base + this.window.length)
      return this.window.toString('utf8', start - this.base, end - this.base);
    return this.reader.read(start, end - start).toString('utf8');
  }

  /**
   * Whether the whole file is UTF-8, checked natively a window at a time: each window is cut before the last character it may
   * split (at most 3 continuation bytes back), and that tail is checked with the next window.
   */
  async isUtf8(pace: (fraction: number) => Promise<void> | undefined): Promise<boolean> {
    let carry = Buffer.alloc(0);
    for (let at = 0; at < this.length; at += this.windowBytes) {
      const piece = Buffer.concat([carry, this.reader.read(at, this.windowBytes)]);
      let cut = piece.length;
      if (at + this.windowBytes < this.length) {
        for (let back = 0; back < 3 && cut > 0 && (piece[cut - 1]! & 0xc0) === 0x80; back += 1) cut -= 1;
        if (cut > 0 && piece[cut - 1]! >= 0xc0) cut -= 1;
      }
      if (!isUtf8(piece.subarray(0, cut))) return false;
      carry = piece.subarray(cut);
      await pace(Math.min(this.length, at + this.windowBytes) / this.length);
    }
    return carry.length === 0 || isUtf8(carry);
  }
}
