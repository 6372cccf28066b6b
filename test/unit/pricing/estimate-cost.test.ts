import { describe, expect, it } from 'vitest';
import { estimateCost } from '../../../shared/pricing/estimate-cost';
import { priceTableSchema } from '../../../shared/pricing/price-table';
import type { PriceEntry } from '../../../shared/pricing/price-table';

const table: PriceEntry[] = [
  { country: 'DE', pricePerPart: 0.045, currency: 'EUR' },
  { country: 'FR', pricePerPart: 0.1, currency: 'EUR' },
  { country: 'IT', pricePerPart: 0.05, currency: 'EUR' },
];

describe('estimateCost', () => {
  it('prices known countries exactly and lists the missing ones', () => {
    expect(estimateCost({ DE: 1000, FR: 3, XX: 5, '': 2, IT: 0 }, table)).toEqual({
      total: 45.3,
      currency: 'EUR',
      byCountry: [
        { country: 'DE', parts: 1000, pricePerPart: 0.045, cost: 45 },
        { country: 'FR', parts: 3, pricePerPart: 0.1, cost: 0.3 },
      ],
      missingCountries: ['', 'XX'],
      unpricedParts: 7,
    });
  });

  it('accepts a Map and an empty table', () => {
    const estimate = estimateCost(new Map([['DE', 10]]), []);
    expect(estimate).toEqual({
      total: 0,
      currency: null,
      byCountry: [],
      missingCountries: ['DE'],
      unpricedParts: 10,
    });
  });

  it('keeps money exact over a million parts', () => {
    expect(estimateCost({ IT: 1_000_000, FR: 7 }, table).total).toBe(50000.7);
  });
});

describe('priceTableSchema', () => {
  it('accepts one price per country in one currency', () => {
    expect(priceTableSchema.safeParse(table).success).toBe(true);
  });

  it('rejects duplicates, mixed currencies and bad codes', () => {
    const duplicate = priceTableSchema.safeParse([...table, { ...table[0], pricePerPart: 1 }]);
    expect(duplicate.error?.issues[0]?.message).toBe('DE has more than one price.');
    const mixed = priceTableSchema.safeParse([
      table[0],
      { country: 'US', pricePerPart: 0.01, currency: 'USD' },
    ]);
    expect(mixed.error?.issues[0]?.message).toBe(
      'All prices must use one currency (EUR), but US is in USD.',
    );
    expect(
      priceTableSchema.safeParse([{ country: 'de', pricePerPart: -1, currency: 'EUR' }]).error
        ?.issues.length,
    ).toBe(2);
  });
});
