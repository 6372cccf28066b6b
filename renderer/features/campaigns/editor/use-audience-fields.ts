import { useAnswer } from '../../../lib/use-answer';
import { peaksend } from '../../../peaksend-api';

/** The audience's merge fields (its lists' and segments' columns); null while unknown. */
export function useAudienceFields(
  listIds: readonly number[],
  segmentIds: readonly number[] = [],
): {
  fields: readonly string[] | null;
  error: string | null;
} {
  const key = JSON.stringify([listIds, segmentIds]);
  const answer = useAnswer(key, () => {
    const [lists, segments] = JSON.parse(key) as [number[], number[]];
    return peaksend().campaigns.audienceFields({ listIds: lists, segmentIds: segments });
  });
  if (answer.state === 'ok') return { fields: answer.value.fields, error: null };
  return { fields: null, error: answer.state === 'failed' ? answer.error.message : null };
}
