import type { DatabaseSync } from 'node:sqlite';
import type {
  Campaign,
  CampaignFigures,
  CampaignSummary,
  MessagePreview,
} from '../../../shared/campaigns/campaign-types';
import type { LeaseHolder } from '../../../shared/campaigns/lease-holder';
import { countSegments } from '../../../shared/sms/segment-count';
import { iterateAudience } from './audience';
import { compileCampaignVariants } from './compile-campaign-message';

/**
 * Adds each campaign's figures to its row. `figuresOf` is the progress page's source (the
 * tracker's counts through `campaignFigures`), so the list and the detail page show the same
 * recipients, outcomes and cost.
 */
export function summarize(
  campaigns: readonly Campaign[],
  figuresOf: (campaignId: number) => CampaignFigures,
  currency: string | null,
  heldBy: (campaignId: number) => LeaseHolder | null = () => null,
): CampaignSummary[] {
  return campaigns.map((c) => ({ ...c, ...figuresOf(c.id), currency, heldBy: heldBy(c.id) }));
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
