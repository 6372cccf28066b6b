import { RETRY_BASE_MS, RETRY_MAX_MS } from '../commpeak/assumptions';

/**
 * Delay before retrying a row that provably did not reach CommPeak: exponential with full
 * jitter (so a fleet of retries does not synchronise), never shorter than Retry-After.
 */
export function retryDelayMs(
  attempts: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  const base = Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), RETRY_MAX_MS);
  const jittered = base / 2 + random() * (base / 2);
  return Math.max(Math.round(jittered), retryAfterMs ?? 0);
}
