import type { DatabaseSync } from 'node:sqlite';
import type { Campaign, PreflightReport } from '../../../shared/campaigns/campaign-types';
import { AWAITING_WINNER, splitProblem } from '../../../shared/campaigns/message-variants';
import { holdsBackRest, variantDealer } from '../../../shared/campaigns/variant-assignment';
import { checkCompliance } from '../../../shared/compliance/check-compliance';
import { checkSenderRules, type SenderRule } from '../../../shared/compliance/sender-rules';
import type { PriceTable } from '../../../shared/pricing/price-table';
import { estimateCost } from '../../../shared/pricing/estimate-cost';
import type { StreamType } from '../../../shared/streams/stream-types';
import { validateSenderId } from '../../../shared/validation/sender-id';
import { mergePreflightSummaries } from '../../../shared/template/merge-preflight-summaries';
import { allSuppressedPhones } from '../contacts/suppression-list';
import { iterateAudience } from './audience';
import { compileCampaignVariants } from './compile-campaign-message';
import { QuietHoldCounter } from './quiet-hold';
import type { QuietHours } from './quiet-hours';
import { mergeCompliance, VariantTally } from './variant-tally';

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
 * Renders the message for every recipient — each with the variant the ledger will deal it, in
 * the same order — and reports what the user must know before sending: parts and their
 * histogram, UCS-2 rows and why, fields pushing rows over a part boundary, empty merge values,
 * suppressed numbers, cost by country, compliance warnings, and the same figures per variant.
 * Rows a test split holds back are rendered with every variant; the campaign's figures count
 * each with its longest, so they say the most it can cost.
 */
export function runPreflight(
  db: DatabaseSync,
  campaign: Campaign,
  ctx: PreflightContext,
): PreflightReport {
  const started = ctx.now();
  const compiled = compileCampaignVariants(db, campaign);
  const several = compiled.length > 1;
  const templateErrors = compiled.flatMap((v) =>
    v.template.errors.map((e) => (several ? `Variant ${v.key}: ${e.message}` : e.message)),
  );
  const split = splitProblem(campaign.split, compiled.length);
  if (split !== null) templateErrors.push(split);
  const tallies = compiled.map((v) => new VariantTally(v));
  const byKey = new Map(tallies.map((t) => [t.variant.key, t]));
  const deal = variantDealer(compiled.length, campaign.split);
  const rest = { recipients: 0, suppressed: 0 };
  let inQuietHours = 0;
  const scheduleAt = campaign.scheduleAt ? Date.parse(campaign.scheduleAt) : ctx.now();
  // With quiet hours on, who waits for morning and until when (Review and the confirmation say).
  const hold =
    campaign.quietHours && ctx.quietHours ? new QuietHoldCounter(ctx.quietHours, scheduleAt) : null;
  if (templateErrors.length === 0) {
    // The opt-out list read once, as materializeLedger reads it (not a query per recipient).
    const suppressed = allSuppressedPhones(db);
    for (const contact of iterateAudience(db, campaign)) {
      // Dealt before the opt-out check, exactly as materializeLedger deals every audience row.
      const key = deal();
      const tally = byKey.get(key);
      if (suppressed.has(contact.phone)) {
        if (tally) tally.suppressed += 1;
        else rest.suppressed += 1;
        continue;
      }
      const country = contact.country ?? '';
      if (key !== AWAITING_WINNER) hold?.add(contact.phone, contact.country);
      if (tally) tally.addOwn(contact.fields, country);
      else if (key === AWAITING_WINNER) {
        rest.recipients += 1;
        let worst: { tally: VariantTally; text: string; parts: number } | null = null;
        for (const t of tallies) {
          const r = t.renderRest(contact.fields, country);
          if (!worst || r.parts > worst.parts) worst = { tally: t, ...r };
        }
        worst?.tally.addWorstOfRest(worst.text, country);
      }
      if (
        !campaign.quietHours &&
        ctx.quietHours &&
        !ctx.quietHours.isAllowed(contact.country, scheduleAt)
      )
        inQuietHours += 1;
    }
  }
  const own = tallies.map((t) => t.own.summary());
  const heldBack = holdsBackRest(compiled.length, campaign.split);
  // A test that leaves a variant out cannot compare it: too small a share of too small a list.
  if (heldBack && templateErrors.length === 0 && rest.recipients > 0) {
    for (const t of tallies) {
      if (t.own.summary().recipients === 0 && t.suppressed === 0) {
        templateErrors.push(
          `Variant ${t.variant.key} gets nobody in the test: raise the test share or add recipients.`,
        );
      }
    }
  }
  const summary = mergePreflightSummaries([...own, ...tallies.map((t) => t.worstOfRest.summary())]);
  const partsByCountry = new Map(summary.byCountry.map((c) => [c.country, c.parts]));
  const cost = estimateCost(partsByCountry, ctx.prices);
  const priced = new Map(cost.byCountry.map((c) => [c.country, c.cost]));
  const sender = campaign.sender || ctx.defaultSender;
  // An invalid sender is reported as such; country rules only speak about a valid one. They
  // depend on the audience's countries, not the text, so every variant gets the same findings
  // (and mergeCompliance says them once).
  const senderRules =
    validateSenderId(sender) === null && ctx.senderRules
      ? checkSenderRules(
          sender,
          summary.byCountry.map((c) => ({ country: c.country || null, recipients: c.recipients })),
          ctx.senderRules,
        )
      : [];
  const compliance = mergeCompliance(
    tallies.map((t, i) => {
      const variantSummary = own[i] ?? summary;
      return checkCompliance({
        template:
          (campaign.variants[i]?.template ?? '') +
          (campaign.optOutFooter ? `\n${campaign.optOutFooter}` : ''),
        ...(t.sample === null ? {} : { renderedSample: t.sample }),
        streamType: ctx.streamType,
        sender,
        senderRules,
        maxParts: Math.max(variantSummary.maxParts, heldBack ? t.restMaxParts : 0),
        schedule: { inQuietHours: inQuietHours > 0 },
        emptyFieldsWithoutFallback: variantSummary.emptyFields
          .filter((f) => f.uncovered > 0)
          .map((f) => ({ field: f.field, rows: f.uncovered })),
      });
    }),
  );
  return {
    recipients: summary.recipients,
    suppressed: tallies.reduce((n, t) => n + t.suppressed, rest.suppressed),
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
    variants: tallies.map((t, i) => t.figures(own[i] ?? summary, ctx.prices)),
    rest: heldBack ? { ...rest, byVariant: tallies.map((t) => t.restFigures(ctx.prices)) } : null,
    quietHold: hold?.result() ?? null,
    durationMs: Math.round(ctx.now() - started),
  };
}
