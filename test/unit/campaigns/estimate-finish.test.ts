import { describe, expect, it } from 'vitest';
import { estimateFinish } from '../../../shared/campaigns/estimate-finish';

const T0 = Date.parse('2026-11-27T06:27:00Z');
const H = 3600_000;

describe('estimateFinish', () => {
  it('is the rate alone when nothing is held', () => {
    expect(estimateFinish({ now: T0, sendableNow: 600, releases: [], rate: 10 })).toBe(T0 + 60_000);
  });

  it('waits for a window that opens after the sendable rows are gone', () => {
    // 100 rows now (10 s), then 3,600 at 13:00 UTC: the sender idles until then, then 6 minutes.
    const at13 = Date.parse('2026-11-27T13:00:00Z');
    expect(
      estimateFinish({
        now: T0,
        sendableNow: 100,
        releases: [{ at: at13, count: 3600 }],
        rate: 10,
      }),
    ).toBe(at13 + 360_000);
  });

  it('adds a release to a backlog that is still being sent', () => {
    // 1,000 rows now at 1/s take 1,000 s; 500 more arrive at +100 s: 1,500 s in all.
    expect(
      estimateFinish({
        now: T0,
        sendableNow: 1000,
        releases: [{ at: T0 + 100_000, count: 500 }],
        rate: 1,
      }),
    ).toBe(T0 + 1_500_000);
  });

  it('simulates several openings in order (the releases need not be sorted)', () => {
    const r = estimateFinish({
      now: T0,
      sendableNow: 0,
      releases: [
        { at: T0 + 3 * H, count: 36_000 }, // 1 h of sending: overlaps the next opening
        { at: T0 + 1 * H, count: 3600 }, // 6 min, then idle
        { at: T0 + 3.5 * H, count: 18_000 },
      ],
      rate: 10,
    });
    expect(r).toBe(T0 + 3 * H + 5400_000);
  });

  it('cannot say without a rate or when a window never opens; is now when nothing is left', () => {
    expect(estimateFinish({ now: T0, sendableNow: 5, releases: [], rate: null })).toBeNull();
    expect(
      estimateFinish({ now: T0, sendableNow: 0, releases: [{ at: null, count: 3 }], rate: 5 }),
    ).toBeNull();
    expect(estimateFinish({ now: T0, sendableNow: 0, releases: [], rate: null })).toBe(T0);
  });
});
