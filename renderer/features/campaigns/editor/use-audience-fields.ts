import { useAnswer } from '../../../lib/use-answer';
import { peaksend } from '../../../peaksend-api';

/** The audience's merge fields (its lists' columns); null while unknown. */
export function useAudienceFields(listIds: readonly number[]): {
  fields: readonly string[] | null;
  error: string | null;
} {
  const key = listIds.join(',');
  const answer = useAnswer(key, () =>
    peaksend().campaigns.audienceFields({
      listIds: key === '' ? [] : key.split(',').map(Number),
    }),
  );
  if (answer.state === 'ok') return { fields: answer.value.fields, error: null };
  return { fields: null, error: answer.state === 'failed' ? answer.error.message : null };
}
