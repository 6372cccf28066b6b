import type { CountryDefaults } from '../../../shared/contacts/import-types';
import { processLocaleCountry } from '../phone/country-rule';
import type { SettingsStore } from './settings-store';

/** The country-rule candidates the engine knows outside any one list. */
export function countryDefaults(settings: SettingsStore): CountryDefaults {
  return {
    setting: settings.defaultCountry(),
    lastUsed: settings.lastImportCountry(),
    locale: processLocaleCountry() ?? null,
  };
}
