import type { DatabaseSync } from 'node:sqlite';
import type { AudienceSources } from '../../../shared/campaigns/campaign-types';
import { allSuppressedPhones } from '../contacts/suppression-list';
import { iterateAudience } from './audience';

/**
 * How many recipients of the audience are in each country (null: unknown): the same walk the
 * ledger is built from (lists and segments, minus exclusions), less the opt-out list.
 */
export function audienceByCountry(
  db: DatabaseSync,
  audience: AudienceSources,
): { country: string | null; recipients: number }[] {
  const suppressed = allSuppressedPhones(db);
  const counts = new Map<string | null, number>();
  for (const contact of iterateAudience(db, audience)) {
    if (suppressed.has(contact.phone)) continue;
    counts.set(contact.country, (counts.get(contact.country) ?? 0) + 1);
  }
  return [...counts].map(([country, recipients]) => ({ country, recipients }));
}
