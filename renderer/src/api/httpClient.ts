// The contract over HTTP to the browser host: one POST per method, answered with the same Result envelope as IPC.
import type { AfterwordApi, MethodName, Result } from '../contract';
import { isFileInputMethod, isFileResultMethod } from '../contract';
import { buildApi } from './buildApi';
import { subscribeToEvents } from './eventStream';
import { failure, isEnvelope, unreachable } from './failure';
import { callForFile, callWithFile } from './httpFiles';

/** Browsers cap keepalive bodies at 64 KiB; below that, a save started during unload still reaches the host. */
const KEEPALIVE_LIMIT = 60_000;

async function call(token: string, method: MethodName, input: unknown): Promise<Result<unknown>> {
  if (isFileInputMethod(method)) return callWithFile(token, method, input);
  if (isFileResultMethod(method)) return callForFile(token, method, input);
  const body = JSON.stringify(input ?? {});
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body,
      keepalive: body.length < KEEPALIVE_LIMIT,
    });
  } catch {
    return unreachable();
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (isEnvelope(parsed)) return parsed;
  return response.ok ? failure('INTERNAL') : unreachable();
}

export function createHttpClient(token: string): AfterwordApi {
  return buildApi(
    (method, input) => call(token, method, input),
    (listener) => subscribeToEvents(token, listener),
  );
}
