import { toCountryCode } from '../engine/phone/normalize-phone';
import { UsageError } from './cli-command';

/** The default country a command reads national numbers with, and where it came from. */
export interface CountryOption {
  readonly country: string | null;
  readonly source: 'flag' | 'none';
}

/**
 * The country rule of `import`, `opt-outs` and `send`, in one place: `--country` (checked), else
 * none — then only numbers written with + or 00 are read. TODO(w14a): the one country rule for
 * everything (main/engine/phone/country-rule.ts, "country: US (from the locale)") replaces the
 * body of this function when it lands.
 */
export function countryOption(flag: string | undefined): CountryOption {
  if (flag === undefined) return { country: null, source: 'none' };
  const code = toCountryCode(flag);
  if (!code) throw new UsageError(`--country: "${flag}" is not a known country code (e.g. US, IL)`);
  return { country: code, source: 'flag' };
}

/** "country: DE (from --country)" / "country: none (only numbers written with + or 00)". */
export function describeCountryOption(option: CountryOption): string {
  return option.country === null
    ? 'country: none (only numbers written with + or 00 are read; set --country)'
    : `country: ${option.country} (from --country)`;
}
