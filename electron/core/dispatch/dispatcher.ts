// The single entry point for every contract method: validate input, check the lock, call the handler, wrap the result.
import { methods, methodNames, unlockedNotRequired, type MethodName, type Result } from '../../contract';
import { AppError, toAppError } from '../errors/AppError';
import type { HandlerContext, HandlerMap } from './handler';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

const known = new Set<string>(methodNames);

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** `doc.content[3].attrs.text`: list positions in brackets, as a person reading the JSON would point at them. */
const formatPath = (path: readonly PropertyKey[]) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');

export function isMethodName(name: string): name is MethodName {
  return known.has(name);
}

export function createDispatcher(
  handlers: HandlerMap<MethodName>,
  context: HandlerContext,
  log: (line: string) => void = () => {},
): Dispatch {
  return async (method, input) => {
    try {
      if (!isMethodName(method)) throw new AppError('NOT_FOUND', `There is no method called "${String(method).slice(0, 64)}".`);
      const parsed = methods[method].input.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // Both may quote the input (key names); bounded so a hostile request is never echoed back at length.
        const field = clip((issue && formatPath(issue.path)) || 'input', 100);
        throw new AppError(
          'INVALID_INPUT',
          `The request was not valid (${field}: ${clip(issue?.message ?? 'invalid', 200)}), so nothing was changed.`,
          { field },
        );
      }
      if (!unlockedNotRequired.has(method) && !context.vault.isUnlocked()) throw new AppError('LOCKED');
      const handler = handlers[method] as (input: unknown, context: HandlerContext) => unknown;
      const value = await handler(parsed.data, context);
      return { ok: true, value };
    } catch (error) {
      const appError = toAppError(error);
      // Only the code and the method: messages of unexpected errors may quote user data.
      if (appError.code === 'INTERNAL' || appError.code === 'IO_ERROR')
        log(`${method}: ${appError.code} (${(error as Error)?.name ?? 'Error'})`);
      return { ok: false, error: appError.toShape() };
    }
  };
}
