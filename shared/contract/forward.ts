import type { Result } from './result';

const FORWARDED = Symbol('forwarded result');

/**
 * A Result from the next process along (main forwarding to the engine), handed through as is: the
 * dispatcher returns it unchanged instead of unwrapping and rewrapping it. The symbol key cannot
 * arrive in parsed input or across a process boundary, so only a handler can make one.
 */
export interface Forwarded<T> {
  readonly [FORWARDED]: Result<T>;
}

export async function forward<T>(result: Result<T> | Promise<Result<T>>): Promise<Forwarded<T>> {
  return { [FORWARDED]: await result };
}

/** The forwarded Result, or undefined when `value` is a plain handler value. */
export function forwardedResult(value: unknown): Result<unknown> | undefined {
  if (typeof value !== 'object' || value === null || !(FORWARDED in value)) return undefined;
  return (value as Forwarded<unknown>)[FORWARDED];
}
