import { useEffect } from 'react';
import { chooseCountry } from '../../../shared/contacts/country-rule';
import type { CountryDefaults } from '../../../shared/contacts/import-types';
import { guessCountry } from '../contacts/countries';
import { useSettings } from './settings-store';

/**
 * The country-rule candidates the engine knows (Settings' default, the last import's, the
 * locale's), loading the settings if no page has yet. Null until they arrive.
 */
export function useCountryDefaults(): CountryDefaults | null {
  const settings = useSettings((s) => s.settings);
  const load = useSettings((s) => s.load);
  useEffect(() => {
    if (!settings) void load();
  }, [settings, load]);
  return settings?.countries ?? null;
}

/**
 * The country a number typed by hand is read with: Settings' default, else the locale's (the
 * engine's; this browser's language until the settings have loaded). Used to prefill a control
 * the user can change; the engine applies the same rule to what is sent.
 */
export function manualEntryCountry(defaults: CountryDefaults | null): string | null {
  return chooseCountry({
    setting: defaults?.setting ?? null,
    locale: defaults ? defaults.locale : guessCountry(),
  }).country;
}
