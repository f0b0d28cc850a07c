// The typed client surface (window.afterword and the HTTP client both have exactly this shape).
import type { Result } from './errors';
import type { SavedFile } from './files';
import type { AppEvent, BytesInputMethod, FileInputMethod, FileResultMethod, MethodName } from './methodNames';
import type { MethodInput, MethodOutput } from './methods';

/** Methods whose input may be omitted take it as an optional argument. */
type Call<M extends MethodName> =
  undefined extends ApiInput<M>
    ? (input?: ApiInput<M>) => Promise<Result<ApiOutput<M>>>
    : (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>>;

/** A file-taking method's input from the renderer: the file is optional (Electron main asks with a dialog); in the browser it is a Blob. */
export type ApiInput<M extends MethodName> = M extends BytesInputMethod
  ? MethodInput<M>
  : M extends FileInputMethod
    ? Omit<NonNullable<MethodInput<M>>, 'file'> & { file?: Blob }
    : MethodInput<M>;

/** A file-producing method's output as the renderer sees it. */
export type ApiOutput<M extends MethodName> = M extends FileResultMethod ? SavedFile : MethodOutput<M>;

export type AfterwordApi = {
  [M in MethodName]: Call<M>;
} & {
  /** Subscribe to events from core; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
};
