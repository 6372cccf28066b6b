import { assertNever } from '../../../../../shared/assert-never';
import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import {
  MAX_VARIANTS,
  type MessageVariant,
  type VariantSplit,
} from '../../../../../shared/campaigns/message-variants';
import { appendOptOutFooter } from '../../../../../shared/template/opt-out-footer';
import { tagLinks, type TaggedText } from '../../../../../shared/template/tag-links';
import { utmParams } from '../../../../../shared/template/utm-params';

/**
 * A variant's text as the counter measures it: footer added and links tagged (merge fields as
 * written) — the parts the recipient pays for, minus what merge values add.
 */
export function composedText(campaign: Campaign, index: number): TaggedText {
  const template = campaign.variants[index]?.template ?? '';
  const full = campaign.optOutFooter
    ? appendOptOutFooter(template, campaign.optOutFooter)
    : template;
  const params = utmParams(campaign.utm, {
    campaignName: campaign.name,
    variants: campaign.variants,
    variantIndex: index,
  });
  return tagLinks(full, params);
}

/** Equal shares that add up to 100 (the first ones get the leftover points). */
export function equalPercents(count: number): number[] {
  const base = Math.floor(100 / count);
  return Array.from({ length: count }, (_, i) => base + (i < 100 - base * count ? 1 : 0));
}

/** A split still valid for a new number of variants: custom shares are reset to equal ones. */
function splitFor(split: VariantSplit, count: number): VariantSplit {
  return split.kind === 'custom' ? { kind: 'custom', percents: equalPercents(count) } : split;
}

/** The patch that adds a variant (empty, or a copy of `from`) after the others. */
export function addVariant(campaign: Campaign, from?: number) {
  if (campaign.variants.length >= MAX_VARIANTS) return null;
  const source = from === undefined ? undefined : campaign.variants[from];
  const added: MessageVariant = { name: '', template: source?.template ?? '' };
  const variants = [...campaign.variants, added];
  return { variants, split: splitFor(campaign.split, variants.length) };
}

/** The patch that removes variant `index` (the last one stays). */
export function removeVariant(campaign: Campaign, index: number) {
  if (campaign.variants.length <= 1) return null;
  const variants = campaign.variants.filter((_, i) => i !== index);
  return { variants, split: splitFor(campaign.split, variants.length) };
}

/** The patch that changes one variant. */
export function changeVariant(campaign: Campaign, index: number, change: Partial<MessageVariant>) {
  return {
    variants: campaign.variants.map((v, i) => (i === index ? { ...v, ...change } : v)),
  };
}

/** "One message", "3 variants, equal shares", "2 variants: test on 20 %, then the winner". */
export function describeVariants(campaign: Campaign): string {
  const n = campaign.variants.length;
  if (n === 1) return 'One message';
  const { split } = campaign;
  switch (split.kind) {
    case 'equal':
      return `${n} variants, equal shares`;
    case 'custom':
      return `${n} variants, shares ${split.percents.join(' / ')} %`;
    case 'test':
      return `${n} variants: test on ${split.testPercent} %, then the winner`;
    default:
      return assertNever(split);
  }
}
