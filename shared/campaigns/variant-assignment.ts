import { assertNever } from '../assert-never';
import { AWAITING_WINNER, isTestSplit, variantKey, type VariantSplit } from './message-variants';

/** The share of each bucket: one per variant, plus the held-back rest of a test split. */
interface Bucket {
  readonly variant: string;
  readonly weight: number;
}

function bucketsOf(variantCount: number, split: VariantSplit): Bucket[] {
  const keys = Array.from({ length: Math.max(1, variantCount) }, (_, i) => variantKey(i));
  if (keys.length === 1) return [{ variant: 'A', weight: 1 }];
  switch (split.kind) {
    case 'equal':
      return keys.map((variant) => ({ variant, weight: 1 }));
    case 'custom':
      return keys.map((variant, i) => ({ variant, weight: split.percents[i] ?? 0 }));
    case 'test': {
      // testPercent / k each, (100 − testPercent) held back; scaled by k to stay whole numbers.
      const k = keys.length;
      return [
        ...keys.map((variant) => ({ variant, weight: split.testPercent })),
        { variant: AWAITING_WINNER, weight: (100 - split.testPercent) * k },
      ];
    }
    default:
      return assertNever(split);
  }
}

/**
 * Deals variants to recipients in audience order: call once per recipient (opted-out ones
 * included), in `seq` order. Smooth weighted round-robin: every prefix of the audience is
 * split as close to the shares as whole rows allow (each bucket within one row of its share),
 * and variants alternate instead of coming in blocks — a list sorted by sign-up date or country
 * gives every variant the same mix. Nothing random: the pre-flight and the ledger deal the same
 * cards, and a resumed campaign keeps each recipient's variant because it is frozen in the
 * ledger at start.
 */
export function variantDealer(variantCount: number, split: VariantSplit): () => string {
  const buckets = bucketsOf(variantCount, split).filter((b) => b.weight > 0);
  if (buckets.length === 0) return () => 'A';
  if (buckets.length === 1) {
    const only = buckets[0]?.variant ?? 'A';
    return () => only;
  }
  const total = buckets.reduce((a, b) => a + b.weight, 0);
  const current = buckets.map(() => 0);
  return () => {
    let best = 0;
    for (let i = 0; i < buckets.length; i++) {
      current[i] = (current[i] as number) + (buckets[i] as Bucket).weight;
      if ((current[i] as number) > (current[best] as number)) best = i;
    }
    current[best] = (current[best] as number) - total;
    return (buckets[best] as Bucket).variant;
  };
}

/** True when some rows of this campaign wait for the winner (a test split of 2+ variants). */
export function holdsBackRest(variantCount: number, split: VariantSplit): boolean {
  return isTestSplit(split, variantCount) && split.kind === 'test' && split.testPercent < 100;
}
