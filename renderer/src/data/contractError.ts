// A contract call as TanStack Query wants it: the answer, or a ContractError thrown carrying core's code and message.
import type { ApiInput, ApiOutput, AppErrorShape, MethodName, Result } from '../contract';

/** Any contract method, typed from the contract: the app passes its API, tests pass core's dispatcher. */
export type ContractCall = <M extends MethodName>(method: M, input: ApiInput<M>) => Promise<Result<ApiOutput<M>>>;

export class ContractError extends Error {
  constructor(readonly error: AppErrorShape) {
    super(error.message);
    this.name = 'ContractError';
  }
}

export async function answerOf<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ContractError(result.error);
  return result.value;
}

/** Back to the house's envelope at the edge of a component: errors as values, never thrown into React. */
export function envelopeOf<T>(error: unknown): Result<T> {
  if (error instanceof ContractError) return { ok: false, error: error.error };
  return {
    ok: false,
    error: { code: 'INTERNAL', message: 'Something went wrong on this screen. Your saved entries are safe; try again.' },
  };
}

declare module '@tanstack/query-core' {
  // Every query and mutation fails with core's coded error (or one made on this side of the call): see answerOf.
  interface Register {
    defaultError: ContractError;
  }
}
