import { assertNever } from '../assert-never';

/**
 * Where a default country came from. The order below is the order of precedence: what the user
 * (or a `--country` flag) chose for this action, the list's own country, the last one used for
 * an import, the Settings default, the computer's locale.
 */
export const countrySources = ['chosen', 'list', 'last', 'setting', 'locale', 'none'] as const;
export type CountrySource = (typeof countrySources)[number];

export interface CountryChoice {
  /** ISO 3166 alpha-2, or null: numbers must then be written with "+" or "00". */
  readonly country: string | null;
  readonly source: CountrySource;
}

export interface CountryCandidates {
  /** Chosen for this one action; null means "None" was chosen on purpose, undefined not chosen. */
  readonly chosen?: string | null;
  readonly list?: string | null;
  readonly lastUsed?: string | null;
  readonly setting?: string | null;
  readonly locale?: string | null;
}

/**
 * The one rule for the default country of numbers written without a country code: an explicit
 * choice wins (even "None"), then the list's, the last used, the Settings default, the locale.
 * The engine decides with it; the renderer uses it only to prefill a control the same way.
 */
export function chooseCountry(candidates: CountryCandidates): CountryChoice {
  if (candidates.chosen !== undefined) {
    return candidates.chosen
      ? { country: candidates.chosen, source: 'chosen' }
      : { country: null, source: 'none' };
  }
  const ordered: readonly [string | null | undefined, CountrySource][] = [
    [candidates.list, 'list'],
    [candidates.lastUsed, 'last'],
    [candidates.setting, 'setting'],
    [candidates.locale, 'locale'],
  ];
  for (const [country, source] of ordered) {
    if (country) return { country, source };
  }
  return { country: null, source: 'none' };
}

/** "from the locale", "from the list"; `chosenAs` names an explicit choice ("--country"). */
export function countrySourceWords(source: CountrySource, chosenAs = 'chosen'): string {
  switch (source) {
    case 'chosen':
      return chosenAs === 'chosen' ? 'chosen' : `from ${chosenAs}`;
    case 'list':
      return "the list's";
    case 'last':
      return 'the last one used';
    case 'setting':
      return 'from Settings';
    case 'locale':
      return 'from the locale';
    case 'none':
      return 'no default country';
    default:
      return assertNever(source);
  }
}

/** "country: US (from the locale)"; without one, what that means for the numbers. */
export function describeCountryChoice(choice: CountryChoice, chosenAs?: string): string {
  if (choice.country === null) {
    return 'country: none (no default country: numbers must start with + or 00)';
  }
  return `country: ${choice.country} (${countrySourceWords(choice.source, chosenAs)})`;
}
