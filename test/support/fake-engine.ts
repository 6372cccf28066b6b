import { fail, ok, type Result } from '../../shared/contract/result';
import type { EnginePort } from '../../main/handlers/main-ports';

/** An engine port answering from a table, for main-side handler tests that need no process. */
export function fakeEngine(
  answers: Record<string, (input: unknown) => unknown> = {},
): EnginePort & {
  calls: { method: string; input: unknown }[];
} {
  const calls: { method: string; input: unknown }[] = [];
  return {
    calls,
    currentState: 'up',
    call: async (method, input): Promise<Result<unknown>> => {
      calls.push({ method, input });
      const answer = answers[method];
      return answer ? ok(answer(input)) : fail('UNKNOWN_METHOD', `fake engine: ${method}`);
    },
  };
}
