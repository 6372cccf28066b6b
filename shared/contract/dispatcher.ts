import type { MethodMap, OutputOf, ParsedInputOf } from './define';
import { forwardedResult, type Forwarded } from './forward';
import { AppFailure, fail, ok, type Result } from './result';

/** Who is calling, as far as the transport can tell; `trusted` is decided by the transport. */
export interface CallContext {
  readonly trusted: boolean;
  /** For logs only: "app://peaksend/", "preview-ws", "engine". */
  readonly origin: string;
}

type Answer<T> = T | Forwarded<T>;

/**
 * One function per method. A handler returns its value, or `forward(result)` to hand another
 * process's Result through unchanged (main's pass-through calls to the engine).
 */
export type Handlers<M extends MethodMap> = {
  [K in keyof M]: (
    input: ParsedInputOf<M[K]>,
    ctx: CallContext,
  ) => Promise<Answer<OutputOf<M[K]>>> | Answer<OutputOf<M[K]>>;
};

export type Dispatch = (
  channel: unknown,
  input: unknown,
  ctx: CallContext,
) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** Receives unexpected errors (already redacted by the caller's logger). */
  onUnexpectedError?: (channel: string, error: unknown) => void;
}

function zodMessage(issues: readonly { path: readonly PropertyKey[]; message: string }[]): {
  message: string;
  fields: Record<string, string>;
} {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = issues[0];
  const where = first && first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : '';
  return { message: `Invalid input — ${where}${first?.message ?? 'not accepted'}`, fields };
}

/**
 * The one place where calls are checked: unknown channels, untrusted senders and inputs that do
 * not parse are refused as data; handler failures become `{ ok: false }` instead of crashing the
 * process that hosts them.
 */
export function createDispatcher<M extends MethodMap>(
  methods: M,
  handlers: Handlers<M>,
  options: DispatcherOptions = {},
): Dispatch {
  return async (channel, input, ctx) => {
    if (typeof channel !== 'string' || !Object.hasOwn(methods, channel)) {
      return fail('UNKNOWN_METHOD', 'Unknown method');
    }
    if (!ctx.trusted)
      return fail('FORBIDDEN_SENDER', 'Call refused: it did not come from the Peaksend window');
    const def = methods[channel as keyof M];
    const handler = handlers[channel as keyof M];
    if (!def || !handler) return fail('UNKNOWN_METHOD', 'Unknown method');
    const parsed = def.input.safeParse(input);
    if (!parsed.success) {
      const { message, fields } = zodMessage(parsed.error.issues);
      return fail('INVALID_INPUT', message, fields);
    }
    try {
      const value: unknown = await handler(parsed.data as ParsedInputOf<M[keyof M]>, ctx);
      return forwardedResult(value) ?? ok(value);
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message, error.fields);
      options.onUnexpectedError?.(channel, error);
      return fail('INTERNAL', 'Something went wrong inside Peaksend. The details are in the log.');
    }
  };
}
