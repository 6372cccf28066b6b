import { useCallback, useEffect, useState } from 'react';
import type { SuppressionView } from '../../../../shared/contacts/contact-types';
import { peaksend } from '../../../peaksend-api';
import { useDebouncedValue } from '../lists/use-debounced-value';

export const OPT_OUT_PAGE = 100;

interface OptOutPage {
  readonly rows: SuppressionView[];
  readonly total: number;
  readonly error: string | null;
  readonly loaded: boolean;
}

/** One page of the opt-out list for a search; `reload` after adding or removing. */
export function useOptOuts() {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const [offset, setOffset] = useState({ search: '', value: 0 });
  const at = offset.search === search ? offset.value : 0;
  const [tick, setTick] = useState(0);
  const [page, setPage] = useState<OptOutPage>({ rows: [], total: 0, error: null, loaded: false });

  useEffect(() => {
    let live = true;
    void peaksend()
      .suppressions.list({ search, offset: at, limit: OPT_OUT_PAGE })
      .then((result) => {
        if (!live) return;
        if (result.ok) setPage({ ...result.value, error: null, loaded: true });
        else setPage((p) => ({ ...p, error: result.error.message, loaded: true }));
      });
    return () => {
      live = false;
    };
  }, [search, at, tick]);

  return {
    text,
    setText,
    search,
    offset: at,
    setOffset: (value: number) => setOffset({ search, value }),
    page,
    reload: useCallback(() => setTick((t) => t + 1), []),
  };
}
