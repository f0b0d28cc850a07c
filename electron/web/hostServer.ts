// The browser host's HTTP server: the built renderer plus the contract as POST /api/<method>, on 127.0.0.1 only.
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AppErrorShape, ErrorCode, Result } from '../contract';
import { defaultMessages } from '../contract/errors';
import type { FilePayload } from '../contract/filePayload';
import { isBytesResultMethod, isFileInputMethod, isFileResultMethod } from '../contract/methodNames';
import type { Journal } from '../core/journal';
import { EventStream } from './eventStream';
import type { SealedFileRef } from '../shell/sealedFile';
import { sealUpload, sweepUploads, UploadTooLargeError, withSealedUpload } from '../shell/sealedUpload';
import { inputWithUploadedFile, sendFile, uploadParams } from './fileTransport';
import { BodyTooLargeError, readBody } from './readBody';
import { hostAndOriginAllowed } from './requestGuards';
import { SESSION_PATH, SessionAuth } from './sessionAuth';
import { securityHeaders } from './securityHeaders';
import { serveStatic } from './staticFiles';

export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** Uploaded files (backups, imports) may hold a journal full of images. */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;

export interface HostOptions {
  journal: Journal;
  /** The Bearer token scripts and tests send; never printed. */
  token: string;
  /** The one-time token of the printed link, exchanged by the page for a cookie. Random when not given. */
  linkToken?: string;
  port: number;
  rendererDir: string;
  /** The data folder: uploads are sealed there while a call reads them (shell/sealedUpload.ts). */
  uploadDir: string;
  /** Tests set a small one; MAX_UPLOAD_BYTES otherwise. */
  maxUploadBytes?: number;
  log?: (line: string) => void;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, message = defaultMessages[code]): void {
  const error: AppErrorShape = { code, message };
  sendJson(res, status, { ok: false, error });
}

export function createHostServer(options: HostOptions): { server: http.Server; events: EventStream } {
  const events = new EventStream();
  const uploadLimit = options.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  sweepUploads(options.uploadDir);
  options.journal.onEvent((event) => events.publish(event));
  let port = options.port;
  const auth = new SessionAuth(options.token, options.linkToken ?? randomBytes(24).toString('base64url'), () => port);

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'INTERNAL');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAndOriginAllowed({ host: req.headers.host, origin: req.headers.origin }, port)) {
      sendError(res, 403, 'FORBIDDEN', 'This address or origin may not talk to Afterword.');
      return;
    }
    const url = req.url ?? '/';
    if (!url.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'FORBIDDEN', 'Only GET is allowed here.');
      return serveStatic(options.rendererDir, url, res, req.headers);
    }
    if (url === SESSION_PATH && req.method === 'POST') return exchangeLinkToken(req, res);
    if (!auth.authorised(req.headers)) {
      sendError(
        res,
        401,
        'FORBIDDEN',
        'Missing or wrong access token. Open Afterword with the link the host printed (each link works once).',
      );
      return;
    }
    if (url === '/api/events' && req.method === 'GET') return events.attach(res);
    if (req.method !== 'POST') return sendError(res, 405, 'FORBIDDEN', 'API methods are called with POST.');
    await callMethod(decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? ''), req, res);
  }

  async function exchangeLinkToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const presented = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const cookie = auth.exchange(presented);
    if (!cookie) return sendError(res, 401, 'FORBIDDEN', 'This link was already used or is wrong. Restart Afterword to get a new link.');
    res.setHeader('Set-Cookie', cookie);
    sendJson(res, 200, { ok: true, value: {} });
  }

  const tooLarge = (res: ServerResponse, limit: number) => {
    res.setHeader('Connection', 'close');
    sendError(res, 413, 'INVALID_INPUT', `That request is larger than ${limit / 1024 / 1024} MiB, so nothing was changed.`);
  };
  const badParams = (res: ServerResponse) =>
    sendError(res, 400, 'INVALID_INPUT', 'The request body is not valid JSON, so nothing was changed.');

  async function send(method: string, result: Result<unknown>, res: ServerResponse): Promise<void> {
    if (result.ok && (isFileResultMethod(method) || isBytesResultMethod(method))) return sendFile(res, result.value as FilePayload);
    sendJson(res, 200, result);
  }

  /** A file-taking method: the body is sealed into the data folder as it arrives, read by core in pieces, deleted after the call. */
  async function callWithUpload(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    let params: unknown;
    try {
      params = uploadParams(req.headers);
    } catch {
      return badParams(res);
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > uploadLimit) return tooLarge(res, uploadLimit);
    let upload: SealedFileRef;
    try {
      upload = await sealUpload(req, options.uploadDir, uploadLimit);
    } catch (error) {
      if (error instanceof UploadTooLargeError) return tooLarge(res, uploadLimit);
      throw error;
    }
    // The upload is deleted before the answer goes out: once the page has it, nothing of the file is left.
    const result = await withSealedUpload(upload, (file) => {
      // Node's parser ends the body at Content-Length, so a shorter one means the client hung up.
      if (declared > 0 && file.byteLength !== declared) throw new Error('Request body ended early');
      return options.journal.dispatch(method, inputWithUploadedFile(params, file));
    });
    await send(method, result, res);
  }

  async function callMethod(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (isFileInputMethod(method)) return callWithUpload(method, req, res);
    let body: Buffer;
    try {
      body = await readBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return tooLarge(res, MAX_BODY_BYTES);
      throw error;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      return badParams(res);
    }
    await send(method, await options.journal.dispatch(method, input), res);
  }

  server.on('listening', () => {
    const address = server.address();
    if (address && typeof address === 'object') port = address.port;
  });
  return { server, events };
}
