// How files cross HTTP: a file-taking method's body is the file (its other parameters in a header); a file answer is the response body.
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { isFileOnDisk, type FilePayload, type UploadedFile } from '../contract/filePayload';
import { PARAMS_HEADER } from '../contract/paramsHeader';
import { streamSealedFile } from '../shell/sealedFile';
import { securityHeaders } from './securityHeaders';

/** The parameters beside an uploaded file travel as base64url JSON in one header (headers are ASCII; passphrases may not be). */
export function uploadParams(headers: IncomingHttpHeaders): unknown {
  const raw = headers[PARAMS_HEADER];
  return typeof raw === 'string' && raw.length > 0 ? JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) : {};
}

/** The parameters joined with the file (a sealed upload, or bytes); parameters that are not an object go on for the contract to reject. */
export function inputWithUploadedFile(params: unknown, file: UploadedFile): unknown {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return params;
  return { ...params, file };
}

/** RFC 6266 filename: an ASCII fallback plus the UTF-8 original. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A file on disk (a large export) is streamed and then deleted; a broken download ends the response short of its Content-Length. */
export async function sendFile(res: ServerResponse, file: FilePayload): Promise<void> {
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': file.mimeType,
    'Content-Length': String(isFileOnDisk(file) ? file.sealed.byteLength : file.data.byteLength),
    'Content-Disposition': contentDisposition(file.fileName),
    'Cache-Control': 'no-store',
  });
  if (!isFileOnDisk(file)) return void res.end(file.data);
  try {
    await streamSealedFile(file.sealed, res);
  } catch {
    // The browser went away or the disk failed mid-file: the download is incomplete and the browser says so.
    res.destroy();
  }
}
