import type { DatabaseSync } from 'node:sqlite';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { statement } from '../db/statement-cache';

// One pass over the audience's index rows: its lists minus the excluded ones and the opt-out
// list, each phone counted once. List ids travel as a JSON array, never spliced into the SQL.
const SQL = `
  SELECT c.country AS country, COUNT(DISTINCT c.phone) AS recipients
  FROM contacts c
  WHERE c.list_id IN (SELECT value FROM json_each(:lists))
    AND c.phone NOT IN (
      SELECT phone FROM contacts WHERE list_id IN (SELECT value FROM json_each(:excluded))
    )
    AND c.phone NOT IN (SELECT phone FROM suppressions)
  GROUP BY c.country`;

/** How many recipients of the campaign's audience are in each country (null: unknown). */
export function audienceByCountry(
  db: DatabaseSync,
  campaign: Pick<Campaign, 'listIds' | 'excludeListIds'>,
): { country: string | null; recipients: number }[] {
  if (campaign.listIds.length === 0) return [];
  return statement(db, SQL)
    .all({
      lists: JSON.stringify(campaign.listIds),
      excluded: JSON.stringify(campaign.excludeListIds),
    })
    .map((row) => ({
      country: row.country === null ? null : String(row.country),
      recipients: Number(row.recipients),
    }));
}
