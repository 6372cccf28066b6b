import { THROTTLE } from '../commpeak/assumptions';

/**
 * A token bucket counted in message parts (carriers and CommPeak throttle parts, not messages).
 *
 * The capacity is kept small (one batch's worth) so the achieved rate tracks the limit closely
 * instead of bursting; `factor` lowers the rate after RATE_LIMIT/429 answers and recovers slowly.
 */
export class PartsBucket {
  private tokens: number;
  private last: number;
  private factor = 1;
  private lastThrottleAt = 0;
  private waiters: { parts: number; resolve: () => void }[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private ratePerSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = 0;
    this.last = this.now();
  }

  get effectiveRate(): number {
    return this.ratePerSecond * this.factor;
  }

  setRate(ratePerSecond: number): void {
    this.refill();
    this.ratePerSecond = ratePerSecond;
  }

  /** The largest request (in parts) that keeps the achieved rate smooth: ~200 ms of budget. */
  maxBatchParts(): number {
    return Math.max(1, Math.floor(this.effectiveRate * 0.2));
  }

  /**
   * Resolves true when `parts` may be sent (requests are served in order), or false when
   * `signal` aborts first (pause/cancel) — then nothing was taken.
   */
  take(parts: number, signal?: AbortSignal): Promise<boolean> {
    if (signal?.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      // The abort listener goes once the parts are granted: one run takes thousands of times
      // from the same signal, and listeners left on it make every later take slower.
      const onAbort = () => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) {
          this.waiters.splice(i, 1);
          resolve(false);
        }
      };
      const waiter = {
        parts,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(true);
        },
      };
      // What accrued while nobody waited is counted first, capped at one batch (no burst).
      if (this.waiters.length === 0) this.refill();
      this.waiters.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pump();
    });
  }

  /** A RATE_LIMIT or 429 answer: slow down by 30 %, at most once per second. */
  throttled(): void {
    const t = this.now();
    if (t - this.lastThrottleAt < THROTTLE.onceEveryMs) return;
    this.lastThrottleAt = t;
    this.refill();
    this.factor = Math.max(THROTTLE.minFactor, this.factor * THROTTLE.factor);
  }

  /** A clean answer: recover 5 % of the configured rate, but only 5 s after the last throttle. */
  succeeded(): void {
    if (this.factor >= 1) return;
    if (this.now() - this.lastThrottleAt < THROTTLE.recoverAfterMs) return;
    this.refill();
    this.factor = Math.min(1, this.factor + THROTTLE.recoverStep);
    // The next step comes one `onceEveryMs` later.
    this.lastThrottleAt = this.now() - THROTTLE.recoverAfterMs + THROTTLE.onceEveryMs;
  }

  /**
   * Idle, the bucket fills up to one batch, so a run that resumes does not burst. While a take
   * waits, up to one more batch is kept: its timer fires late on a busy thread, and the parts
   * that came due in the meantime, dropped at the cap, made the achieved rate fall below the
   * limit by the timers' lateness (3 % on the bench: 48.3 of 50 parts/s).
   */
  private refill(): void {
    const t = this.now();
    const batch = Math.max(this.maxBatchParts(), this.waiters[0]?.parts ?? 0);
    const capacity = this.waiters.length > 0 ? 2 * batch : batch;
    this.tokens = Math.min(capacity, this.tokens + ((t - this.last) / 1000) * this.effectiveRate);
    this.last = t;
  }

  private pump(): void {
    if (this.timer !== undefined) return;
    this.refill();
    while (this.waiters.length > 0) {
      const head = this.waiters[0];
      if (!head) break;
      if (this.tokens + 1e-9 < head.parts) {
        const waitMs = ((head.parts - this.tokens) / this.effectiveRate) * 1000;
        this.timer = setTimeout(
          () => {
            this.timer = undefined;
            this.pump();
          },
          Math.max(1, Math.ceil(waitMs)),
        );
        return;
      }
      this.tokens -= head.parts;
      this.waiters.shift();
      head.resolve();
    }
  }
}
