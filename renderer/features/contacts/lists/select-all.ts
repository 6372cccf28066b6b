import type { Result } from '../../../../shared/contract/result';
import { peaksend } from '../../../peaksend-api';

/** deleteContacts takes at most this many ids, so selection stops there too. */
export const MAX_SELECTION = 10_000;

/** Every id matching the search (the caller checked there are at most MAX_SELECTION). */
export async function allMatchingIds(listId: number, search: string): Promise<Result<number[]>> {
  const ids: number[] = [];
  for (let offset = 0; offset < MAX_SELECTION; offset += 1000) {
    const page = await peaksend().contacts.query({ listId, search, offset, limit: 1000 });
    if (!page.ok) return page;
    ids.push(...page.value.rows.map((c) => c.id));
    if (offset + 1000 >= page.value.total) break;
  }
  return { ok: true, value: ids };
}
