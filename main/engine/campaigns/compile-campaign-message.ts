import type { DatabaseSync } from 'node:sqlite';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { variantKey } from '../../../shared/campaigns/message-variants';
import {
  compileTemplate,
  type CompiledTemplate,
  type FieldValues,
  type RenderStats,
} from '../../../shared/template/compile-template';
import { appendOptOutFooter } from '../../../shared/template/opt-out-footer';
import { parseTemplate } from '../../../shared/template/parse-template';
import { createLinkTagger, type TaggedText } from '../../../shared/template/tag-links';
import { utmParams } from '../../../shared/template/utm-params';
import { audienceFields } from './audience';

/** One variant of a campaign, compiled: merge fields, then the footer, then link tagging. */
export interface CompiledVariant {
  readonly key: string;
  readonly index: number;
  readonly template: CompiledTemplate;
  /** The message with every field empty, tagged: the baseline the pre-flight blames parts on. */
  readonly baselineText: string;
  /** The message as sent to this recipient. */
  render(values: FieldValues): string;
  /** `render` with the pre-flight's per-field stats, and what tagging did. */
  renderWithStats(values: FieldValues, stats: RenderStats): TaggedText;
}

function compileVariant(
  campaign: Campaign,
  index: number,
  fields: readonly string[] | null,
): CompiledVariant {
  const variant = campaign.variants[index];
  const text = variant?.template ?? '';
  const full = campaign.optOutFooter ? appendOptOutFooter(text, campaign.optOutFooter) : text;
  // Without the audience's fields (rows already frozen in the ledger), every field the text
  // names is known and looked up case-insensitively (see `frozenFields`).
  const template = compileTemplate(full, fields ?? parseTemplate(full).fields);
  const params = utmParams(campaign.utm, {
    campaignName: campaign.name,
    variants: campaign.variants,
    variantIndex: index,
  });
  const tag = createLinkTagger(params);
  return {
    key: variantKey(index),
    index,
    template,
    baselineText: tag(template.literalText).text,
    render: (values) => tag(template.render(values)).text,
    renderWithStats: (values, stats) => tag(template.renderWithStats(values, stats)),
  };
}

/** Every variant of the campaign compiled for its audience (merge fields checked against it). */
export function compileCampaignVariants(db: DatabaseSync, campaign: Campaign): CompiledVariant[] {
  const fields = audienceFields(db, campaign);
  return campaign.variants.map((_, i) => compileVariant(campaign, i, fields));
}

/**
 * A variant for rows already in the ledger, whose lists may have changed or gone since the
 * campaign started: the fields come from each row's own frozen values.
 */
export function compileVariantForLedger(campaign: Campaign, index: number): CompiledVariant {
  return compileVariant(campaign, index, null);
}

/** A ledger row's frozen fields, looked up by lower-case name (what `compileVariantForLedger` asks). */
export function frozenFields(fieldsJson: string): FieldValues {
  const byName = new Map<string, string>();
  for (const [k, v] of Object.entries(JSON.parse(fieldsJson) as Record<string, unknown>)) {
    const name = k.toLowerCase();
    if (typeof v === 'string' && !byName.has(name)) byName.set(name, v);
  }
  return (name) => byName.get(name);
}

/** The first problem that stops the campaign's messages from rendering, or null. */
export function firstMessageError(variants: readonly CompiledVariant[]): string | null {
  for (const v of variants) {
    const error = v.template.errors[0];
    if (error) return variants.length > 1 ? `Variant ${v.key}: ${error.message}` : error.message;
  }
  return null;
}
