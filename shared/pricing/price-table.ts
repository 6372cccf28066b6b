import { z } from 'zod';

export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter country code in capitals, like DE.');

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code in capitals, like EUR.');

export const priceEntrySchema = z.object({
  country: countryCodeSchema,
  pricePerPart: z.number().finite().nonnegative('A price cannot be negative.'),
  currency: currencySchema,
});

export type PriceEntry = z.infer<typeof priceEntrySchema>;

/**
 * One price per country, all in one currency: a total across currencies would be
 * meaningless, and an account is billed in a single currency.
 */
export const priceTableSchema = z.array(priceEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  const currency = entries[0]?.currency;
  entries.forEach((entry, i) => {
    if (seen.has(entry.country)) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'country'],
        message: `${entry.country} has more than one price.`,
      });
    }
    seen.add(entry.country);
    if (entry.currency !== currency) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'currency'],
        message: `All prices must use one currency (${currency ?? ''}), but ${entry.country} is in ${entry.currency}.`,
      });
    }
  });
});

export type PriceTable = z.infer<typeof priceTableSchema>;
