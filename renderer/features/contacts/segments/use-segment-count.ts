import { segmentFilterSchema, type SegmentFilter } from '../../../../shared/contacts/segment-types';
import { useAnswer } from '../../../lib/use-answer';
import { peaksend } from '../../../peaksend-api';
import { useDebouncedValue } from '../lists/use-debounced-value';

export type SegmentCountState =
  | { readonly state: 'incomplete' }
  | { readonly state: 'counting'; readonly previous: number | null }
  | { readonly state: 'ok'; readonly count: number; readonly total: number }
  | { readonly state: 'failed'; readonly message: string };

/**
 * How many contacts a filter selects, counted by the engine in SQL. Asked again once the filter
 * has stopped changing for `debounceMs` (typing a value), and only when it is complete; while a
 * new count is on its way the previous one is kept so the number does not flash. `stamp`
 * (the list's size and update time) asks again after the list changed.
 */
export function useSegmentCount(
  filter: SegmentFilter | null,
  stamp: string,
  debounceMs = 300,
): SegmentCountState {
  const parsed = filter ? segmentFilterSchema.safeParse(filter) : null;
  const wanted = parsed?.success ? JSON.stringify([parsed.data, stamp]) : null;
  const key = useDebouncedValue(wanted, debounceMs);
  const answer = useAnswer(
    key,
    () => {
      const [asked] = JSON.parse(key ?? '[]') as [SegmentFilter];
      return peaksend().segments.count(asked);
    },
    { keepPrevious: true },
  );
  if (wanted === null) return { state: 'incomplete' };
  const settled = key === wanted && answer.state !== 'loading' && !answer.stale;
  if (!settled) {
    return { state: 'counting', previous: answer.state === 'ok' ? answer.value.count : null };
  }
  if (answer.state === 'failed') return { state: 'failed', message: answer.error.message };
  if (answer.state === 'ok') return { state: 'ok', ...answer.value };
  return { state: 'counting', previous: null };
}
