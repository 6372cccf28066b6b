import type { Result } from '../../shared/contract/result';
import { latestRequest } from './latest-request';

/**
 * A store's reload: asks, and hands over only the newest answer, so a burst of reloads (events,
 * saves, a page opened twice) can never end with an older list on screen.
 */
export function loadLatest<T>(
  ask: () => Promise<Result<T>>,
  take: (answer: Result<T>) => void,
): () => Promise<void> {
  const guard = latestRequest();
  return async () => {
    const isLatest = guard.begin('latest');
    const answer = await ask();
    if (isLatest()) take(answer);
  };
}
