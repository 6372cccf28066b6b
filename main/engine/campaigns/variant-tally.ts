import type { VariantPreflight } from '../../../shared/campaigns/campaign-types';
import { variantKey } from '../../../shared/campaigns/message-variants';
import type { ComplianceIssue } from '../../../shared/compliance/check-compliance';
import { estimateCost } from '../../../shared/pricing/estimate-cost';
import type { PriceTable } from '../../../shared/pricing/price-table';
import { countParts } from '../../../shared/sms/segment-count';
import type { FieldValues } from '../../../shared/template/compile-template';
import {
  createPreflightAggregator,
  type PreflightAggregator,
  type PreflightSummary,
} from '../../../shared/template/preflight-aggregate';
import type { CompiledVariant } from './compile-campaign-message';

/** Everything the pre-flight counts for one variant. */
export class VariantTally {
  /** The recipients dealt this variant. */
  readonly own: PreflightAggregator;
  /** Held-back rows (test split) for which this variant's message is the longest. */
  readonly worstOfRest: PreflightAggregator;
  /** Held-back rows' parts by country if this variant wins. */
  readonly restParts = new Map<string, number>();
  restMaxParts = 0;
  suppressed = 0;
  taggedLinks = 0;
  readonly shorteners = new Set<string>();
  sample: string | null = null;
  private readonly stats;

  constructor(readonly variant: CompiledVariant) {
    const options = { fields: variant.template.fields, baselineText: variant.baselineText };
    this.own = createPreflightAggregator(options);
    this.worstOfRest = createPreflightAggregator(options);
    this.stats = variant.template.createStats();
  }

  /** A recipient dealt this variant. */
  addOwn(fields: FieldValues, country: string): void {
    const r = this.variant.renderWithStats(fields, this.stats);
    this.own.add(r.text, country, this.stats);
    this.taggedLinks += r.tagged;
    for (const host of r.shorteners) this.shorteners.add(host);
    this.sample ??= r.text;
  }

  /** A held-back recipient rendered with this variant; its parts, for the caller's worst case. */
  renderRest(fields: FieldValues, country: string): { text: string; parts: number } {
    const r = this.variant.renderWithStats(fields, this.stats);
    const parts = countParts(r.text);
    this.restParts.set(country, (this.restParts.get(country) ?? 0) + parts);
    this.restMaxParts = Math.max(this.restMaxParts, parts);
    for (const host of r.shorteners) this.shorteners.add(host);
    return { text: r.text, parts };
  }

  /** Counts the held-back row just rendered here as the campaign's worst case. */
  addWorstOfRest(text: string, country: string): void {
    this.worstOfRest.add(text, country, this.stats);
  }

  figures(own: PreflightSummary, prices: PriceTable): VariantPreflight {
    const perCountry = new Map(own.byCountry.map((c) => [c.country, c.parts]));
    const cost = estimateCost(perCountry, prices);
    const errors = this.variant.template.errors.map((e) => e.message);
    return {
      variant: this.variant.key,
      recipients: own.recipients,
      suppressed: this.suppressed,
      totalParts: own.totalParts,
      maxParts: own.maxParts,
      ucs2Rows: own.ucs2Rows,
      cost: cost.currency === null ? null : cost.total,
      templateErrors: errors,
      taggedLinks: this.taggedLinks,
      untaggedShorteners: [...this.shorteners],
      sample: this.sample,
    };
  }

  /** What the rest would cost if this variant wins. */
  restFigures(prices: PriceTable): { variant: string; totalParts: number; cost: number | null } {
    const cost = estimateCost(this.restParts, prices);
    let totalParts = 0;
    for (const parts of this.restParts.values()) totalParts += parts;
    return {
      variant: this.variant.key,
      totalParts,
      cost: cost.currency === null ? null : cost.total,
    };
  }
}

/**
 * One compliance list for all variants: an issue every variant has is said once; one only some
 * have names them ("Variant B: …").
 */
export function mergeCompliance(
  perVariant: readonly (readonly ComplianceIssue[])[],
): ComplianceIssue[] {
  if (perVariant.length === 1) return [...(perVariant[0] ?? [])];
  const out: ComplianceIssue[] = [];
  const key = (i: ComplianceIssue) => `${i.rule}\u0000${i.message}`;
  const everywhere = new Set(
    (perVariant[0] ?? [])
      .map(key)
      .filter((k) => perVariant.every((l) => l.some((i) => key(i) === k))),
  );
  const said = new Set<string>();
  perVariant.forEach((issues, v) => {
    for (const issue of issues) {
      const k = key(issue);
      if (everywhere.has(k)) {
        if (!said.has(k)) out.push(issue);
        said.add(k);
      } else {
        out.push({ ...issue, message: `Variant ${variantKey(v)}: ${issue.message}` });
      }
    }
  });
  const rank = (i: ComplianceIssue) => (i.severity === 'error' ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b));
}
