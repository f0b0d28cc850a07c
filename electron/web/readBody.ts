// Reads a request body up to a size limit, streamed into one buffer; past the limit the request is refused with 413 instead of buffered.
import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body exceeds ${limit} bytes`);
  }
}

/**
 * A body with a Content-Length (every upload from the page: a Blob) is streamed into one buffer of exactly that size, so a
 * 1 GiB backup costs 1 GiB once, not chunks plus their concatenation; more bytes than declared are refused as they arrive.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError(limit);
  if (Number.isSafeInteger(declared) && declared > 0) return readDeclared(req, declared);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readDeclared(req: IncomingMessage, length: number): Promise<Buffer> {
  const body = Buffer.allocUnsafe(length);
  let size = 0;
  for await (const chunk of req) {
    const bytes = chunk as Buffer;
    if (size + bytes.length > length) throw new BodyTooLargeError(length);
    bytes.copy(body, size);
    size += bytes.length;
  }
  // Node's parser ends the stream at Content-Length, so a shorter body means the client hung up.
  if (size !== length) throw new Error('Request body ended early');
  return body;
}
