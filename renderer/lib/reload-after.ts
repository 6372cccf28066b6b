import type { Result } from '../../shared/contract/result';

/**
 * Runs a change and, when it went through, reloads what it changed before answering, so the
 * caller (a dialog about to close) finds the new state already on screen.
 */
export async function reloadAfter<T>(
  change: Promise<Result<T>>,
  reload: () => Promise<void>,
): Promise<Result<T>> {
  const result = await change;
  if (result.ok) await reload();
  return result;
}
