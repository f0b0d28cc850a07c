// Files over the browser host's HTTP: a file answer is downloaded by the browser; a picked file is sent as the request body.
import type { FilePayload, Result, SavedFile } from '../contract';
import { PARAMS_HEADER } from '../contract';
import { encodeParams, fileNameFrom } from './httpFileHeaders';

/** Hands the file to the browser's own download (it asks where to save, or uses the downloads folder). */
export async function downloadResponse(response: Response, fallbackName: string): Promise<Result<SavedFile>> {
  const fileName = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has started the download by now; a short delay lets every browser read the blob first.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return { ok: true, value: { fileName, saved: true } };
}

/** A file for the page itself (a picture to show): the same FilePayload Electron's IPC hands over. */
export async function bytesResponse(response: Response): Promise<Result<FilePayload>> {
  const fileName = fileNameFrom(response.headers.get('Content-Disposition'), 'file');
  const mimeType = response.headers.get('Content-Type') ?? 'application/octet-stream';
  return { ok: true, value: { fileName, mimeType, data: new Uint8Array(await response.arrayBuffer()) } };
}

/** A file-taking method's request: the file is the body, every other parameter rides in one header. */
export function uploadRequest(input: unknown): { body: Blob; headers: Record<string, string> } {
  const { file, ...params } = (input ?? {}) as { file?: Blob | Uint8Array<ArrayBuffer> } & Record<string, unknown>;
  return {
    body: file instanceof Blob ? file : new Blob(file ? [file] : []),
    headers: { 'Content-Type': 'application/octet-stream', [PARAMS_HEADER]: encodeParams(params) },
  };
}
