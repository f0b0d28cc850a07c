import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBody } from '../../../electron/web/readBody';

const request = (chunks: Buffer[], contentLength?: number) =>
  Object.assign(Readable.from(chunks), {
    headers: contentLength === undefined ? {} : { 'content-length': String(contentLength) },
  }) as unknown as IncomingMessage;

describe('reading a request body', () => {
  it('streams a declared body into one buffer of exactly its length', async () => {
    const parts = [Buffer.from('abc'), Buffer.from('defg'), Buffer.from('h')];
    const body = await readBody(request(parts, 8), 100);
    expect(body.toString()).toBe('abcdefgh');
    expect(body.length).toBe(8);
  });

  it('refuses a declared length over the limit before reading, and more bytes than declared as they arrive', async () => {
    await expect(readBody(request([Buffer.alloc(10)], 101), 100)).rejects.toBeInstanceOf(BodyTooLargeError);
    await expect(readBody(request([Buffer.alloc(6), Buffer.alloc(6)], 8), 100)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('reads an undeclared (chunked) body up to the limit, and refuses past it', async () => {
    expect((await readBody(request([Buffer.from('x'), Buffer.from('y')]), 100)).toString()).toBe('xy');
    await expect(readBody(request([Buffer.alloc(60), Buffer.alloc(60)]), 100)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('treats a body shorter than declared as a dropped connection, not a file', async () => {
    await expect(readBody(request([Buffer.from('abc')], 8), 100)).rejects.toThrow(/ended early/);
  });
});
