// Query keys derived from the method and its input, so a change can name the reads it makes stale by method (and id).
import type { MethodName } from '../contract';

export type ContractKey = readonly unknown[];

/** One cached answer: [method, input]. An omitted input and `{}` are the same read. */
export function contractKey(method: MethodName, input: unknown): ContractKey {
  return [method, (input ?? {}) as object];
}

/** A paged read's pages, kept apart from a single-page read of the same method (their cached shapes differ). */
export function pagesKey(method: MethodName, input: unknown): ContractKey {
  return [method, (input ?? {}) as object, 'pages'];
}
