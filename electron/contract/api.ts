// The typed client surface (window.afterword and the HTTP client both have exactly this shape).
import type { Result } from './errors';
import type { AppEvent, MethodName } from './methodNames';
import type { MethodInput, MethodOutput } from './methods';

/** Methods whose input may be omitted take it as an optional argument. */
type Call<M extends MethodName> = undefined extends MethodInput<M>
  ? (input?: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
  : (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;

export type AfterwordApi = {
  [M in MethodName]: Call<M>;
} & {
  /** Subscribe to events from core; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
};
