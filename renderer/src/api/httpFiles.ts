// Files over HTTP: a file-producing method's answer is the file itself (downloaded here); a file-taking method sends the picked file as the body.
import type { MethodName, Result, SavedFile } from '../contract';
import { PARAMS_HEADER } from '../contract';
import { failure, isEnvelope, unreachable } from './failure';
import { encodeParams, fileNameFrom } from './httpFileHeaders';

async function errorOrUnreachable(response: Response): Promise<Result<never>> {
  const parsed: unknown = await response.json().catch(() => null);
  if (isEnvelope(parsed) && !parsed.ok) return parsed;
  return response.ok ? failure('INTERNAL') : unreachable();
}

/** The browser's own download: the person's browser decides where it goes, as a save dialog would. */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function callForFile(token: string, method: MethodName, input: unknown): Promise<Result<SavedFile>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return unreachable();
  }
  if (!response.ok || (response.headers.get('Content-Type') ?? '').startsWith('application/json')) return errorOrUnreachable(response);
  const fileName = fileNameFrom(response.headers.get('Content-Disposition'), 'Afterword file');
  download(await response.blob(), fileName);
  return { ok: true, value: { fileName, saved: true } };
}

export async function callWithFile(token: string, method: MethodName, input: unknown): Promise<Result<unknown>> {
  const { file, ...params } = (input ?? {}) as { file?: Blob } & Record<string, unknown>;
  if (!file) return failure('INVALID_INPUT', 'Choose a file first; nothing was changed.');
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${token}`, [PARAMS_HEADER]: encodeParams(params) },
      body: file,
    });
  } catch {
    return unreachable();
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (isEnvelope(parsed)) return parsed;
  return response.ok ? failure('INTERNAL') : unreachable();
}
