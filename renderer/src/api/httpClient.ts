// The contract over HTTP to the browser host: one POST per method, answered with the same Result envelope as IPC.
import type { AfterwordApi, MethodName, Result } from '../contract';
import { isBytesResultMethod, isFileInputMethod, isFileResultMethod } from '../contract';
import { buildApi } from './buildApi';
import { subscribeToEvents } from './eventStream';
import { failure, isEnvelope, unreachable } from './failure';
import { bytesResponse, downloadResponse, uploadRequest } from './fileTransfer';
import { isAttachment } from './httpFileHeaders';
import { sharedSubscription } from './sharedEvents';

/** Browsers cap keepalive bodies at 64 KiB; below that, a save started during unload still reaches the host. */
const KEEPALIVE_LIMIT = 60_000;

function request(method: MethodName, input: unknown): RequestInit {
  if (isFileInputMethod(method)) {
    const { body, headers } = uploadRequest(input);
    return { method: 'POST', headers, body };
  }
  const body = JSON.stringify(input ?? {});
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, keepalive: body.length < KEEPALIVE_LIMIT };
}

async function call(session: Promise<void>, method: MethodName, input: unknown): Promise<Result<unknown>> {
  const init = request(method, input);
  let response: Response;
  try {
    // The session cookie (HttpOnly, set by the link exchange) travels by itself; the exchange must have finished first.
    await session;
    response = await fetch(`/api/${method}`, { ...init, credentials: 'same-origin' });
  } catch {
    return unreachable();
  }
  // A file answer is the file itself, marked as an attachment; errors still come back as JSON envelopes. Picture bytes
  // (attachments.get) come back as themselves, never as JSON.
  const isFile = isAttachment(response.headers.get('Content-Disposition'));
  const isJson = (response.headers.get('Content-Type') ?? '').startsWith('application/json');
  if (response.ok && isFile && isFileResultMethod(method)) return downloadResponse(response, method.replace('.', '-'));
  if (response.ok && !isJson && isBytesResultMethod(method)) return bytesResponse(response);
  const parsed: unknown = await response.json().catch(() => null);
  if (isEnvelope(parsed)) return parsed;
  return response.ok ? failure('INTERNAL') : unreachable();
}

export function createHttpClient(session: Promise<void>): AfterwordApi {
  return buildApi(
    (method, input) => call(session, method, input),
    sharedSubscription((emit) => subscribeToEvents(session, emit)),
  );
}
