import type { PriceEntry } from './price-table';

export interface CountryCost {
  country: string;
  parts: number;
  pricePerPart: number;
  cost: number;
}

export interface CostEstimate {
  /** Sum over priced countries only; see `missingCountries` for the rest. */
  total: number;
  /** The table's currency, or null for an empty table. */
  currency: string | null;
  /** Priced countries, most expensive first. */
  byCountry: CountryCost[];
  /**
   * Countries with parts but no price, sorted: they are listed, never guessed.
   * '' stands for recipients whose country is unknown.
   */
  missingCountries: string[];
  /** Parts that are not in `total` because their country has no price. */
  unpricedParts: number;
}

// Prices are rounded to millionths and multiplied as integers so 0.1 × 3 parts is exactly 0.3.
const MICRO = 1_000_000;

export function estimateCost(
  partsByCountry: Readonly<Record<string, number>> | ReadonlyMap<string, number>,
  table: readonly PriceEntry[],
): CostEstimate {
  const prices = new Map(table.map((entry) => [entry.country, entry.pricePerPart] as const));
  const entries =
    partsByCountry instanceof Map ? [...partsByCountry.entries()] : Object.entries(partsByCountry);
  const byCountry: CountryCost[] = [];
  const missingCountries: string[] = [];
  let totalMicro = 0;
  let unpricedParts = 0;
  for (const [country, parts] of entries) {
    if (parts <= 0) continue;
    const price = prices.get(country);
    if (price === undefined) {
      missingCountries.push(country);
      unpricedParts += parts;
      continue;
    }
    const costMicro = Math.round(price * MICRO) * parts;
    totalMicro += costMicro;
    byCountry.push({ country, parts, pricePerPart: price, cost: costMicro / MICRO });
  }
  byCountry.sort((a, b) => b.cost - a.cost || a.country.localeCompare(b.country));
  missingCountries.sort();
  return {
    total: totalMicro / MICRO,
    currency: table[0]?.currency ?? null,
    byCountry,
    missingCountries,
    unpricedParts,
  };
}
