import type { CountryCode } from 'libphonenumber-js/max';
import {
  chooseCountry,
  type CountryCandidates,
  type CountryChoice,
} from '../../../shared/contacts/country-rule';
import { AppFailure } from '../../../shared/contract/result';
import { toCountryCode } from './normalize-phone';

export interface CountryDecision {
  /** What the phone library gets; undefined when there is no default country. */
  readonly code: CountryCode | undefined;
  readonly choice: CountryChoice;
}

/**
 * Decides the default country for one action (an import, an opt-out import, a test send, a CLI
 * command) with the shared rule, after checking every candidate is a country the phone library
 * knows. An unknown explicit choice is refused; an unknown stored or locale value is skipped.
 */
export function decideCountry(candidates: CountryCandidates): CountryDecision {
  const chosen = candidates.chosen;
  if (chosen) {
    const code = toCountryCode(chosen);
    if (!code) throw new AppFailure('INVALID_INPUT', `"${chosen}" is not a country code we know.`);
    return { code, choice: { country: code, source: 'chosen' } };
  }
  const choice = chooseCountry({
    ...(chosen === null ? { chosen: null } : {}),
    list: toCountryCode(candidates.list) ?? null,
    lastUsed: toCountryCode(candidates.lastUsed) ?? null,
    setting: toCountryCode(candidates.setting) ?? null,
    locale: toCountryCode(candidates.locale) ?? null,
  });
  return { code: toCountryCode(choice.country), choice };
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The computer's country from its locale. POSIX variables decide when set (`en_US.UTF-8` → US;
 * `C`, `POSIX` or a bare language → none, on purpose); only when none is set — a GUI app on
 * macOS or Windows — is the ICU default locale (`intlLocale`, e.g. "de-AT") asked.
 */
export function localeCountry(env: Env, intlLocale?: string): CountryCode | undefined {
  for (const value of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (!value) continue;
    const region = /^[a-z]{2,3}[_-]([A-Za-z]{2})(?:[.@]|$)/.exec(value)?.[1];
    return toCountryCode(region);
  }
  if (!intlLocale) return undefined;
  try {
    const locale = new Intl.Locale(intlLocale);
    // ICU's stand-in for "no locale" is en-US-POSIX: that is not a country anyone chose.
    if (locale.toString().toLowerCase().includes('posix')) return undefined;
    return toCountryCode(locale.region);
  } catch {
    return undefined;
  }
}

/**
 * The ICU default locale, where it reflects a choice: on macOS and Windows it follows the
 * system settings; on Linux without LANG (cron, CI) it is a bare "en-US" nobody chose.
 */
export function systemIntlLocale(): string | undefined {
  return process.platform === 'linux' ? undefined : Intl.DateTimeFormat().resolvedOptions().locale;
}

/** The locale country of this process (the engine). */
export function processLocaleCountry(): CountryCode | undefined {
  return localeCountry(process.env, systemIntlLocale());
}
