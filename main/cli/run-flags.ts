import { DEFAULT_MAX_WAIT_MS } from '../engine/commpeak/assumptions';
import type { RunOptions } from '../engine/sending/send-coordinator';
import { intFlag } from './parse-flags';

/** The flags of every command that sends (send, resume, retry, uncertain --resend). */
export const runFlagSpec = {
  'max-wait': { type: 'string' },
  'wait-delivery': { type: 'string' },
} as const;

export const RUN_FLAGS_HELP = `  --max-wait SECONDS    when nothing could be handed to CommPeak for this long (unreachable,
                        503/429, throttled), pause the campaign and exit 1 with the reason
                        (default ${DEFAULT_MAX_WAIT_MS / 1000}; 0 = wait as long as it takes)
  --wait-delivery SECONDS
                        after sending, keep polling delivery statuses until every row is
                        final or the time is up (default 0: exit once sent)`;

export interface RunFlags {
  readonly run: RunOptions;
  /** 0: do not wait for delivery reports. */
  readonly waitDeliveryMs: number;
}

export function parseRunFlags(values: {
  readonly 'max-wait'?: string | undefined;
  readonly 'wait-delivery'?: string | undefined;
}): RunFlags {
  const maxWait = intFlag(values['max-wait'], 'max-wait', 0, 7 * 86_400);
  const maxWaitMs = maxWait === undefined ? DEFAULT_MAX_WAIT_MS : maxWait * 1000;
  const wait = intFlag(values['wait-delivery'], 'wait-delivery', 0, 7 * 86_400) ?? 0;
  return { run: maxWaitMs > 0 ? { maxWaitMs } : {}, waitDeliveryMs: wait * 1000 };
}
