// Builds an AfterwordApi from one generic call function, one member per name in methodNames (the single source of truth).
import type { AfterwordApi, AppEvent, MethodName, Result } from '../contract';
import { methodNames } from '../contract';

export type Call = (method: MethodName, input: unknown) => Promise<Result<unknown>>;
export type Subscribe = (listener: (event: AppEvent) => void) => () => void;

export function buildApi(call: Call, onEvent: Subscribe): AfterwordApi {
  const methods = Object.fromEntries(methodNames.map((method) => [method, (input: unknown) => call(method, input)]));
  // `call` answers with core's envelope for that very method, which TypeScript cannot follow through fromEntries.
  return { ...methods, onEvent } as AfterwordApi;
}
