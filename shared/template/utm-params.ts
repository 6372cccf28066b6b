import { variantKey, type MessageVariant, type UtmSettings } from '../campaigns/message-variants';
import type { LinkParams } from './tag-links';

/** "Spring Sale — Été 2025!" → "spring-sale-ete-2025": what analytics tools group by. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

export interface UtmContext {
  readonly campaignName: string;
  readonly variants: readonly MessageVariant[];
  readonly variantIndex: number;
}

/** The variant as `utm_content` names it: its name as a slug, else its letter ("a"). */
export function variantSlug(ctx: Pick<UtmContext, 'variants' | 'variantIndex'>): string {
  const name = ctx.variants[ctx.variantIndex]?.name ?? '';
  return slugify(name) || variantKey(ctx.variantIndex).toLowerCase();
}

/** The UTM parameters one variant's links get; none when tagging is off. */
export function utmParams(utm: UtmSettings, ctx: UtmContext): LinkParams {
  if (!utm.enabled) return [];
  const variant = variantSlug(ctx);
  const fill = (value: string) => value.replaceAll('{variant}', variant).trim();
  return [
    ['utm_source', fill(utm.source)],
    ['utm_medium', fill(utm.medium)],
    ['utm_campaign', fill(utm.campaign) || slugify(ctx.campaignName)],
    ['utm_content', fill(utm.content)],
  ];
}
