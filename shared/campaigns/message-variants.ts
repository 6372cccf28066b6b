import { z } from 'zod';
import { assertNever } from '../assert-never';

/** A campaign sends one message or 2–5 variants, lettered by position. */
export const MAX_VARIANTS = 5;
export const VARIANT_KEYS = ['A', 'B', 'C', 'D', 'E'] as const;
export type VariantKey = (typeof VARIANT_KEYS)[number];

/**
 * The ledger's `variant` of a row held back in a "test, then the winner" campaign: it gets the
 * winner's text once the user chooses one.
 */
export const AWAITING_WINNER = '*';

export const templateTextSchema = z.string().max(5000, 'Keep the message under 5,000 characters.');

/**
 * One message of a campaign. Its letter is its position (A is the first); the name is the
 * user's own label ('' = none), so removing B makes C the new B without renaming anything.
 */
export const messageVariantSchema = z.object({
  name: z.string().trim().max(40, 'Keep a variant’s name under 40 characters.'),
  template: templateTextSchema,
});
export type MessageVariant = z.infer<typeof messageVariantSchema>;

export const variantsSchema = z
  .array(messageVariantSchema)
  .min(1)
  .max(MAX_VARIANTS, `A campaign has at most ${MAX_VARIANTS} variants.`);

/**
 * How the audience is shared between variants. `custom` has one whole percentage per variant,
 * summing to 100; `test` sends `testPercent` of the audience, split equally between the
 * variants, then waits for the user to choose the variant the rest gets.
 */
export const variantSplitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('equal') }),
  z.object({
    kind: z.literal('custom'),
    percents: z.array(z.number().int().min(0).max(100)).min(1).max(MAX_VARIANTS),
  }),
  z.object({ kind: z.literal('test'), testPercent: z.number().int().min(1).max(90) }),
]);
export type VariantSplit = z.infer<typeof variantSplitSchema>;

/**
 * Link tagging: every http(s) link of the message gets these UTM parameters when it is
 * rendered. `campaign` '' means the campaign's name as a slug; `{variant}` in any value becomes
 * the variant's name as a slug (its letter when it has none).
 */
export const utmSettingsSchema = z.object({
  enabled: z.boolean(),
  source: z.string().trim().max(60),
  medium: z.string().trim().max(60),
  campaign: z.string().trim().max(100),
  content: z.string().trim().max(60),
});
export type UtmSettings = z.infer<typeof utmSettingsSchema>;

export const defaultSplit: VariantSplit = { kind: 'equal' };
export const defaultUtm: UtmSettings = {
  enabled: false,
  source: 'sms',
  medium: 'sms',
  campaign: '',
  content: '{variant}',
};

/** What a template keeps: the message with its variants, footer, split and link tagging. */
export const campaignMessageSchema = z.object({
  variants: variantsSchema,
  optOutFooter: z.string().max(200).nullable(),
  split: variantSplitSchema,
  utm: utmSettingsSchema,
});
export type CampaignMessage = z.infer<typeof campaignMessageSchema>;

export function variantKey(index: number): VariantKey {
  const key = VARIANT_KEYS[index];
  if (!key) throw new RangeError(`No variant ${index + 1}: a campaign has at most 5.`);
  return key;
}

/** "Variant A", or "Variant A · Short" when the user named it. */
export function variantLabel(variants: readonly MessageVariant[], index: number): string {
  const key = variantKey(index);
  const name = variants[index]?.name.trim() ?? '';
  return name === '' ? `Variant ${key}` : `Variant ${key} · ${name}`;
}

/** The label of a ledger row's variant ("Variant B", or what the held-back rows wait for). */
export function ledgerVariantLabel(
  variants: readonly MessageVariant[],
  variant: string | null,
): string {
  if (variant === AWAITING_WINNER) return 'Rest (waits for the winner)';
  const index = VARIANT_KEYS.indexOf(variant as VariantKey);
  return index < 0 ? '—' : variantLabel(variants, index);
}

/** Why the split cannot be used with these variants, or null when it can. */
export function splitProblem(split: VariantSplit, variantCount: number): string | null {
  if (variantCount <= 1) return null;
  switch (split.kind) {
    case 'equal':
      return null;
    case 'custom': {
      if (split.percents.length !== variantCount) {
        return 'Give each variant a share of the audience.';
      }
      const sum = split.percents.reduce((a, b) => a + b, 0);
      if (sum !== 100) return `The shares add up to ${sum} %; they must add up to 100 %.`;
      if (split.percents.some((p) => p === 0)) return 'Every variant needs a share above 0 %.';
      return null;
    }
    case 'test':
      return null;
    default:
      return assertNever(split);
  }
}

/** Whether the campaign first sends a test share and waits for the user's choice. */
export function isTestSplit(split: VariantSplit, variantCount: number): boolean {
  return variantCount > 1 && split.kind === 'test';
}
