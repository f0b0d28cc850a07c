// The typed client surface (window.afterword and the HTTP client both have exactly this shape).
import type { Result } from './errors';
import type { AppEvent, MethodName } from './methodNames';
import type { MethodInput, MethodOutput } from './methods';

export type AfterwordApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
} & {
  /** Subscribe to events from core; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
};
