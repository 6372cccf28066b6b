import metadata from 'libphonenumber-js/metadata.min.json';
import { countryName } from '../../lib/country-name';

export interface CountryOption {
  readonly code: string;
  readonly name: string;
}

let options: CountryOption[] | undefined;

/** Every country the phone library knows (the engine accepts exactly these), by name. */
export function countryOptions(): readonly CountryOption[] {
  options ??= Object.keys(metadata.countries)
    .map((code) => ({ code, name: countryName(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return options;
}

export function isKnownCountry(code: string): boolean {
  return Object.hasOwn(metadata.countries, code);
}

/**
 * The computer's country from its language setting: "en-US" → US, "he" → IL (the likely region
 * of a bare language). Null when there is none or the phone library does not know it.
 */
export function guessCountry(
  language: string | undefined = globalThis.navigator?.language,
): string | null {
  if (!language) return null;
  try {
    const region = new Intl.Locale(language).maximize().region;
    return region && isKnownCountry(region) ? region : null;
  } catch {
    return null;
  }
}
