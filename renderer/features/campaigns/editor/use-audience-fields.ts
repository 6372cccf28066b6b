import { useEffect, useState } from 'react';
import { peaksend } from '../../../peaksend-api';

/** The audience's merge fields (its lists' columns); null while unknown. */
export function useAudienceFields(listIds: readonly number[]): {
  fields: readonly string[] | null;
  error: string | null;
} {
  const key = listIds.join(',');
  const [state, setState] = useState<{
    key: string;
    fields: readonly string[] | null;
    error: string | null;
  }>({ key: '', fields: null, error: null });

  useEffect(() => {
    let live = true;
    const ids = key === '' ? [] : key.split(',').map(Number);
    void peaksend()
      .campaigns.audienceFields({ listIds: ids })
      .then((r) => {
        if (!live) return;
        setState(
          r.ok
            ? { key, fields: r.value.fields, error: null }
            : { key, fields: null, error: r.error.message },
        );
      });
    return () => {
      live = false;
    };
  }, [key]);

  // Until the answer for these lists arrives, the old lists' fields would be wrong.
  return state.key === key ? state : { fields: null, error: null };
}
