import type { SegmentView } from '../../../../../shared/contacts/segment-types';
import type { Result } from '../../../../../shared/contract/result';
import { useAnswer } from '../../../../lib/use-answer';
import { peaksend } from '../../../../peaksend-api';

/**
 * How many contacts the chosen segments select together, before de-duplication (the "up to"
 * of the Audience step); null while counting. The Review step has the exact figure.
 */
export function useChosenSegmentsSize(
  chosen: readonly SegmentView[],
  stamp: string,
): number | null {
  const key = chosen.length === 0 ? null : JSON.stringify([chosen, stamp]);
  const answer = useAnswer(key, async (): Promise<Result<number>> => {
    let sum = 0;
    for (const segment of chosen) {
      const counted = await peaksend().segments.count({
        listId: segment.listId,
        match: segment.match,
        conditions: segment.conditions,
      });
      if (!counted.ok) return counted;
      sum += counted.value.count;
    }
    return { ok: true, value: sum };
  });
  if (chosen.length === 0) return 0;
  return answer.state === 'ok' ? answer.value : null;
}
