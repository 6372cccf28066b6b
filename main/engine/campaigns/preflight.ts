import type { DatabaseSync } from 'node:sqlite';
import type { Campaign, PreflightReport } from '../../../shared/campaigns/campaign-types';
import { checkCompliance } from '../../../shared/compliance/check-compliance';
import { checkSenderRules, type SenderRule } from '../../../shared/compliance/sender-rules';
import type { PriceTable } from '../../../shared/pricing/price-table';
import { estimateCost } from '../../../shared/pricing/estimate-cost';
import type { StreamType } from '../../../shared/streams/stream-types';
import { validateSenderId } from '../../../shared/validation/sender-id';
import { createPreflightAggregator } from '../../../shared/template/preflight-aggregate';
import { isSuppressed } from '../contacts/suppression-list';
import { iterateAudience } from './audience';
import { compileCampaignMessage } from './compile-campaign-message';
import type { QuietHours } from './quiet-hours';

export interface PreflightContext {
  readonly streamType: StreamType;
  readonly defaultSender: string;
  readonly prices: PriceTable;
  /**
   * The quiet-hours policy. With the campaign's quiet hours on, night-time rows simply wait for
   * morning, so only a campaign that ignores them is flagged for sending into the night.
   */
  readonly quietHours: QuietHours | null;
  /**
   * The sender rules in force, by country (shipped defaults with the user's on top); the
   * engine's handler always passes them, a test about something else may leave them out.
   */
  readonly senderRules?: ReadonlyMap<string, SenderRule>;
  readonly now: () => number;
}

/**
 * Renders the message for every recipient and reports what the user must know before sending:
 * parts and their histogram, UCS-2 rows and why, fields pushing rows over a part boundary,
 * empty merge values, suppressed numbers, cost by country, and compliance warnings.
 */
export function runPreflight(
  db: DatabaseSync,
  campaign: Campaign,
  ctx: PreflightContext,
): PreflightReport {
  const started = ctx.now();
  const compiled = compileCampaignMessage(db, campaign);
  const templateErrors = compiled.errors.map((e) => e.message);
  const aggregator = createPreflightAggregator({
    fields: compiled.fields,
    baselineText: compiled.literalText,
  });
  const stats = compiled.createStats();
  let suppressed = 0;
  let inQuietHours = 0;
  let sample: string | undefined;
  const scheduleAt = campaign.scheduleAt ? Date.parse(campaign.scheduleAt) : ctx.now();
  if (compiled.ok) {
    for (const contact of iterateAudience(db, campaign)) {
      if (isSuppressed(db, contact.phone)) {
        suppressed += 1;
        continue;
      }
      const text = compiled.renderWithStats(contact.fields, stats);
      sample ??= text;
      aggregator.add(text, contact.country ?? '', stats);
      if (
        !campaign.quietHours &&
        ctx.quietHours &&
        !ctx.quietHours.isAllowed(contact.country, scheduleAt)
      )
        inQuietHours += 1;
    }
  }
  const summary = aggregator.summary();
  const partsByCountry = new Map(summary.byCountry.map((c) => [c.country, c.parts]));
  const cost = estimateCost(partsByCountry, ctx.prices);
  const priced = new Map(cost.byCountry.map((c) => [c.country, c.cost]));
  const sender = campaign.sender || ctx.defaultSender;
  // An invalid sender is reported as such; country rules only speak about a valid one.
  const senderRules =
    validateSenderId(sender) === null && ctx.senderRules
      ? checkSenderRules(
          sender,
          summary.byCountry.map((c) => ({ country: c.country || null, recipients: c.recipients })),
          ctx.senderRules,
        )
      : [];
  const compliance = checkCompliance({
    template: campaign.template + (campaign.optOutFooter ? `\n${campaign.optOutFooter}` : ''),
    renderedSample: sample,
    streamType: ctx.streamType,
    sender,
    senderRules,
    maxParts: summary.maxParts,
    schedule: { inQuietHours: inQuietHours > 0 },
    emptyFieldsWithoutFallback: summary.emptyFields
      .filter((f) => f.uncovered > 0)
      .map((f) => ({ field: f.field, rows: f.uncovered })),
  });
  return {
    recipients: summary.recipients,
    suppressed,
    totalParts: summary.totalParts,
    partsHistogram: Object.fromEntries(
      summary.partsHistogram.map((h) => [String(h.parts), h.rows]),
    ),
    ucs2Rows: summary.ucs2Rows,
    ucs2Chars: summary.ucs2Chars.map((c) => ({
      char: c.char,
      codePoint: c.codePoint,
      count: c.count,
      source: c.sources[0]?.source ?? '',
    })),
    overBoundaryFields: summary.overBaselineByField,
    emptyFields: summary.emptyFields.map((f) => ({
      field: f.field,
      rows: f.rows,
      coveredByFallback: f.coveredByFallback,
    })),
    cost: {
      total: cost.total,
      currency: cost.currency,
      byCountry: summary.byCountry.map((c) => ({
        country: c.country,
        parts: c.parts,
        cost: priced.get(c.country) ?? null,
      })),
      missingCountries: cost.missingCountries,
    },
    compliance,
    templateErrors,
    durationMs: Math.round(ctx.now() - started),
  };
}
