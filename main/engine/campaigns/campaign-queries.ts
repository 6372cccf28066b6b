import type { DatabaseSync } from 'node:sqlite';
import type {
  Campaign,
  CampaignSummary,
  MessagePreview,
} from '../../../shared/campaigns/campaign-types';
import {
  acceptedStates,
  progressGroupOf,
  type LedgerState,
} from '../../../shared/campaigns/ledger-state';
import type { LeaseHolder } from '../../../shared/campaigns/lease-holder';
import { countSegments } from '../../../shared/sms/segment-count';
import { iterateAudience } from './audience';
import { compileCampaignVariants } from './compile-campaign-message';

/** Adds per-campaign ledger figures to the campaign rows (one grouped scan for all). */
export function summarize(
  db: DatabaseSync,
  campaigns: readonly Campaign[],
  priceOf: (country: string) => number | undefined,
  currency: string | null,
  heldBy: (campaignId: number) => LeaseHolder | null = () => null,
): CampaignSummary[] {
  const figures = new Map<
    number,
    {
      recipients: number;
      accepted: number;
      delivered: number;
      failed: number;
      uncertain: number;
      parts: number;
      cost: number;
    }
  >();
  const rows = db
    .prepare(
      `SELECT campaign_id AS id, state, country, COUNT(*) AS n, SUM(parts) AS parts
      FROM ledger GROUP BY campaign_id, state, country`,
    )
    .all();
  for (const r of rows) {
    const id = Number(r.id);
    const f = figures.get(id) ?? {
      recipients: 0,
      accepted: 0,
      delivered: 0,
      failed: 0,
      uncertain: 0,
      parts: 0,
      cost: 0,
    };
    const n = Number(r.n);
    const parts = Number(r.parts ?? 0);
    const state = String(r.state) as LedgerState;
    f.recipients += n;
    if (acceptedStates.has(state)) {
      f.accepted += n;
      f.parts += parts;
      f.cost += parts * (priceOf(String(r.country)) ?? 0);
    }
    const group = progressGroupOf(state);
    if (group === 'delivered') f.delivered += n;
    if (group === 'failed') f.failed += n;
    if (group === 'uncertain') f.uncertain += n;
    figures.set(id, f);
  }
  return campaigns.map((c) => {
    const f = figures.get(c.id);
    return {
      ...c,
      recipients: f?.recipients ?? 0,
      accepted: f?.accepted ?? 0,
      delivered: f?.delivered ?? 0,
      failed: f?.failed ?? 0,
      uncertain: f?.uncertain ?? 0,
      partsSent: f?.parts ?? 0,
      cost: currency === null ? null : Math.round((f?.cost ?? 0) * 10_000) / 10_000,
      currency,
      heldBy: heldBy(c.id),
    };
  });
}

/**
 * The message as recipient number `index` of the audience would get it with variant `variant`
 * (phone-like preview; tagged links included). Every variant can be previewed for anyone.
 */
export function previewMessage(
  db: DatabaseSync,
  campaign: Campaign,
  index: number,
  variant = 0,
): MessagePreview | null {
  const compiled = compileCampaignVariants(db, campaign)[variant];
  if (!compiled) return null;
  let i = 0;
  let total = 0;
  let found: { phone: string; fields: Record<string, string> } | null = null;
  for (const c of iterateAudience(db, campaign)) {
    if (i === index) found = { phone: c.phone, fields: c.fields };
    i += 1;
    total += 1;
    // Counting the whole audience is cheap next to rendering; stop early on huge lists.
    if (found && total > 100_000) break;
  }
  if (!found) return null;
  const text = compiled.render(found.fields);
  const seg = countSegments(text);
  return {
    variant,
    index,
    total,
    phone: found.phone,
    text,
    parts: seg.parts,
    encoding: seg.encoding,
  };
}
