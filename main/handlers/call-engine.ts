import { AppFailure } from '../../shared/contract/result';
import type { EnginePort } from './main-ports';

/** Calls the engine and unwraps its result, re-throwing its error as the same AppFailure. */
export async function callEngine<T>(
  engine: EnginePort,
  method: string,
  input?: unknown,
): Promise<T> {
  const result = await engine.call(method, input);
  if (!result.ok)
    throw new AppFailure(result.error.code, result.error.message, result.error.fields);
  return result.value as T;
}
