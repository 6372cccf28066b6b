import { describeCountryChoice, type CountryChoice } from '../../shared/contacts/country-rule';
import { decideCountry, localeCountry, systemIntlLocale } from '../engine/phone/country-rule';
import { toCountryCode } from '../engine/phone/normalize-phone';
import { UsageError, type CliIo } from './cli-command';

/**
 * The one country rule (main/engine/phone/country-rule.ts) for `import`, `opt-outs` and `send`:
 * `--country`, else the list's own (importing into a list that has one), else the locale's,
 * else none — then only numbers written with + or 00 are read. The commands say which they used.
 */
export function countryOption(
  flag: string | undefined,
  env: CliIo['env'],
  listCountry: string | null = null,
): CountryChoice {
  if (flag !== undefined && !toCountryCode(flag)) {
    throw new UsageError(`--country: "${flag}" is not a known country code (e.g. US, IL)`);
  }
  return decideCountry({
    ...(flag === undefined ? {} : { chosen: flag }),
    list: listCountry,
    locale: localeCountry(env, systemIntlLocale()) ?? null,
  }).choice;
}

/** "country: DE (from --country)", "country: US (from the locale)", "country: none (…)". */
export function describeCountryOption(choice: CountryChoice): string {
  return describeCountryChoice(choice, '--country');
}
