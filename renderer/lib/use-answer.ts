import { useEffect, useEffectEvent, useState } from 'react';
import type { AppError, Result } from '../../shared/contract/result';
import { latestRequest } from './latest-request';

/** `stale`: the answer is for an earlier key, shown (on request) until the new one arrives. */
export type Answer<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly value: T; readonly stale: boolean }
  | { readonly state: 'failed'; readonly error: AppError; readonly stale: boolean };

const LOADING: Answer<never> = { state: 'loading' };

/**
 * The answer to one read for the view that shows it (a page of rows, a preview, who uses a
 * list), asked again whenever `key` changes; `null` asks nothing. An answer for an older key, or
 * one arriving after the view is gone, is dropped. With `keepPrevious` the last answer stays on
 * screen (marked stale) while the next is on its way, so a pager does not flash empty.
 */
export function useAnswer<T>(
  key: string | null,
  ask: () => Promise<Result<T>>,
  { keepPrevious = false }: { keepPrevious?: boolean } = {},
): Answer<T> {
  const [held, setHeld] = useState<{ key: string; answer: Answer<T> } | null>(null);
  const [guard] = useState(() => latestRequest());
  const askNow = useEffectEvent(ask);

  useEffect(() => {
    if (key === null) return undefined;
    const isLatest = guard.begin('latest');
    void askNow().then((result) => {
      if (!isLatest()) return;
      setHeld({
        key,
        answer: result.ok
          ? { state: 'ok', value: result.value, stale: false }
          : { state: 'failed', error: result.error, stale: false },
      });
    });
    return () => guard.cancelAll();
  }, [key, guard]);

  if (held === null || key === null) return LOADING;
  if (held.key === key) return held.answer;
  // Until the answer for this key arrives, the previous key's answer is wrong, or at best old.
  return keepPrevious && held.answer.state !== 'loading'
    ? { ...held.answer, stale: true }
    : LOADING;
}
