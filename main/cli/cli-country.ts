import { decideCountry, localeCountry, systemIntlLocale } from '../engine/phone/country-rule';
import { toCountryCode } from '../engine/phone/normalize-phone';
import { UsageError, type CliIo } from './cli-command';

/**
 * The one country rule for the CLI: `--country`, else the locale's; refused when the flag names
 * no country. The commands print which one they used.
 */
export function cliCountry(flag: string | undefined, env: CliIo['env']) {
  if (flag !== undefined && !toCountryCode(flag)) {
    throw new UsageError(`--country: "${flag}" is not a known country code (e.g. US, IL)`);
  }
  return decideCountry({
    ...(flag === undefined ? {} : { chosen: flag }),
    locale: localeCountry(env, systemIntlLocale()) ?? null,
  });
}

/** `en_US.UTF-8` → US; `C`, `POSIX` or a language without region → none. */
export function countryFromLocale(env: CliIo['env']): string | undefined {
  return localeCountry(env);
}
