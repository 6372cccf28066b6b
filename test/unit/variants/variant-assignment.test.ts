import { describe, expect, it } from 'vitest';
import { AWAITING_WINNER } from '../../../shared/campaigns/message-variants';
import { variantDealer } from '../../../shared/campaigns/variant-assignment';

function deal(n: number, ...args: Parameters<typeof variantDealer>): string[] {
  const next = variantDealer(...args);
  return Array.from({ length: n }, () => next());
}

const tally = (cards: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const c of cards) out[c] = (out[c] ?? 0) + 1;
  return out;
};

describe('dealing variants to recipients', () => {
  it('one message: everyone gets A', () => {
    expect(new Set(deal(50, 1, { kind: 'test', testPercent: 10 }))).toEqual(new Set(['A']));
  });

  it('equal shares alternate instead of coming in blocks', () => {
    expect(deal(6, 3, { kind: 'equal' })).toEqual(['A', 'B', 'C', 'A', 'B', 'C']);
    expect(tally(deal(1000, 3, { kind: 'equal' }))).toEqual({ A: 334, B: 333, C: 333 });
  });

  it('custom shares are exact over every 100 recipients and close on every prefix', () => {
    const cards = deal(1000, 3, { kind: 'custom', percents: [50, 30, 20] });
    expect(tally(cards)).toEqual({ A: 500, B: 300, C: 200 });
    for (let n = 1; n <= cards.length; n++) {
      const t = tally(cards.slice(0, n));
      expect(Math.abs((t.B ?? 0) - 0.3 * n)).toBeLessThanOrEqual(1);
    }
  });

  it('a test split sends its share equally and holds the rest back for the winner', () => {
    const cards = deal(1000, 2, { kind: 'test', testPercent: 20 });
    expect(tally(cards)).toEqual({ A: 100, B: 100, [AWAITING_WINNER]: 800 });
    // The test share is spread over the whole list, not its first fifth.
    const lastHalf = tally(cards.slice(500));
    expect(lastHalf.A).toBe(50);
    expect(lastHalf.B).toBe(50);
  });

  it('is the same every time (nothing random)', () => {
    const split = { kind: 'test', testPercent: 15 } as const;
    expect(deal(500, 4, split)).toEqual(deal(500, 4, split));
  });

  it('a share of 0 % gets nobody', () => {
    expect(tally(deal(100, 2, { kind: 'custom', percents: [100, 0] }))).toEqual({ A: 100 });
  });
});
