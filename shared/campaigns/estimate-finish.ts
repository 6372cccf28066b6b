/** Rows that become sendable at one moment (a quiet-hours window opening). */
export interface Release {
  /** Epoch ms; null when the window does not open within the look-ahead (never counted). */
  readonly at: number | null;
  readonly count: number;
}

/**
 * When the last row is sent, simulating the run: `sendableNow` rows go at `rate` messages a
 * second from `now`; each release adds its rows at its moment, and the sender idles when it has
 * nothing left before the next release. Null when it cannot be known (no rate, or a window that
 * does not open). A pure function, shared by the progress ETA and the Review's warning.
 */
export function estimateFinish(input: {
  readonly now: number;
  readonly sendableNow: number;
  readonly releases: readonly Release[];
  /** Messages per second. */
  readonly rate: number | null;
}): number | null {
  const { now, sendableNow, rate } = input;
  const waiting = input.releases.filter((r) => r.count > 0);
  if (sendableNow <= 0 && waiting.length === 0) return now;
  if (rate === null || !(rate > 0)) return null;
  if (waiting.some((r) => r.at === null)) return null;
  const releases = [...waiting].sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  let t = now;
  let backlog = Math.max(0, sendableNow);
  for (const r of releases) {
    const at = Math.max(now, r.at ?? now);
    const drainedAt = t + (backlog * 1000) / rate;
    if (drainedAt <= at) {
      t = at;
      backlog = 0;
    } else {
      backlog -= ((at - t) * rate) / 1000;
      t = at;
    }
    backlog += r.count;
  }
  return t + (backlog * 1000) / rate;
}
