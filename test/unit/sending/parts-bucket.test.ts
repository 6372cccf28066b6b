import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PartsBucket } from '../../../main/engine/sending/token-bucket';

// Simulated time: 20 s of sending take no real time. The same limit measured end to end
// (engine → sandbox, real clock) is the `rate` row of `npm run bench`.

const T0 = 100_000;
beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => vi.useRealTimers());

/** Senders taking batches as the runner does, until `ms` of simulated time have passed. */
async function send(
  bucket: PartsBucket,
  ms: number,
  senders: number,
  partsOf: (i: number) => number,
): Promise<{ at: number; parts: number }[]> {
  const taken: { at: number; parts: number }[] = [];
  const stop = new AbortController();
  let i = 0;
  const sender = async () => {
    while (!stop.signal.aborted) {
      let parts = 0;
      // A batch: messages until the bucket's batch budget is used.
      while (parts === 0 || parts + partsOf(i) <= bucket.maxBatchParts()) parts += partsOf(i++);
      if (await bucket.take(parts, stop.signal)) taken.push({ at: Date.now() - T0, parts });
    }
  };
  const running = Array.from({ length: senders }, sender);
  await vi.advanceTimersByTimeAsync(ms);
  stop.abort();
  await Promise.all(running);
  return taken;
}

const ratePerSecond = (taken: { at: number; parts: number }[], fromMs: number, toMs: number) =>
  taken.filter((t) => t.at >= fromMs && t.at < toMs).reduce((a, t) => a + t.parts, 0) /
  ((toMs - fromMs) / 1000);

describe('PartsBucket (simulated clock)', () => {
  it('holds a 50 parts/s limit within ±5% over 20 s with four concurrent senders', async () => {
    const bucket = new PartsBucket(50, () => Date.now());
    const taken = await send(bucket, 21_000, 4, (i) => 1 + (i % 3));
    const rate = ratePerSecond(taken, 0, 20_000);
    expect(rate).toBeGreaterThanOrEqual(47.5);
    expect(rate).toBeLessThanOrEqual(52.5);
    // Never a burst: no second holds more than the limit plus one batch.
    for (let s = 0; s < 20; s++) {
      expect(ratePerSecond(taken, s * 1000, (s + 1) * 1000)).toBeLessThanOrEqual(
        50 + bucket.maxBatchParts(),
      );
    }
  });

  it('keeps the limit when the timers fire late (a busy engine thread)', async () => {
    // The bucket's clock runs 6 ms ahead of the timers after every grant: each wake-up comes
    // 6 ms after the moment the parts were due, as on a thread busy with other work. The parts
    // due in those 6 ms must not be lost (the achieved rate would fall ~3 % below the limit).
    let late = 0;
    const clock = () => Date.now() + late;
    const bucket = new PartsBucket(50, clock);
    const taken: number[] = [];
    const stop = new AbortController();
    const sender = async () => {
      while (!stop.signal.aborted) {
        if (await bucket.take(10, stop.signal)) {
          taken.push(clock() - T0);
          late += 6;
        }
      }
    };
    const running = [sender(), sender()];
    await vi.advanceTimersByTimeAsync(21_000);
    stop.abort();
    await Promise.all(running);
    const first = taken[0] ?? 0;
    const inWindow = taken.filter((at) => at >= first && at < first + 20_000).length * 10;
    expect(inWindow / 20).toBeGreaterThanOrEqual(49.5);
    expect(inWindow / 20).toBeLessThanOrEqual(50.5 + 10 / 20);
  });

  it('slows by 30 % on a RATE_LIMIT answer and recovers 5 % at a time after 5 quiet seconds', async () => {
    const bucket = new PartsBucket(100, () => Date.now());
    bucket.throttled();
    expect(bucket.effectiveRate).toBeCloseTo(70);
    bucket.throttled(); // within a second of the last one: ignored
    expect(bucket.effectiveRate).toBeCloseTo(70);
    const taken = await send(bucket, 4000, 1, () => 1);
    expect(ratePerSecond(taken, 1000, 4000)).toBeLessThanOrEqual(70 * 1.05);
    bucket.succeeded(); // 4 s after the throttle: too early
    expect(bucket.effectiveRate).toBeCloseTo(70);
    await vi.advanceTimersByTimeAsync(1500);
    bucket.succeeded();
    expect(bucket.effectiveRate).toBeCloseTo(75);
  });

  it('gives nothing to a take that is aborted while waiting', async () => {
    const bucket = new PartsBucket(10, () => Date.now());
    const stop = new AbortController();
    const pending = bucket.take(5, stop.signal);
    await vi.advanceTimersByTimeAsync(100);
    stop.abort();
    expect(await pending).toBe(false);
  });
});
