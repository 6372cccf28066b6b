/**
 * Which answers are still wanted. Asking again for a key makes every earlier answer for that key
 * stale, so a slow older answer can never overwrite a newer one (a burst of reloads, a search
 * typed quickly, a page fetched again while its first answer is still on its way).
 */
export interface LatestRequest<K> {
  /** Marks a new request for `key`; the returned check says whether its answer is still the latest. */
  begin(key: K): () => boolean;
  /** Makes every answer on its way stale, whatever its key (the view was reset or closed). */
  cancelAll(): void;
}

/** The guard for requests of one kind; `K` defaults to a single slot where the newest wins. */
export function latestRequest<K = 'latest'>(): LatestRequest<K> {
  const latest = new Map<K, number>();
  let next = 0;
  return {
    begin(key) {
      next += 1;
      const mine = next;
      latest.set(key, mine);
      return () => latest.get(key) === mine;
    },
    cancelAll() {
      latest.clear();
    },
  };
}
