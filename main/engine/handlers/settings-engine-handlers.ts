import type { Handlers } from '../../../shared/contract/dispatcher';
import type {
  EngineSettingsView,
  engineSettingsMethods,
} from '../../engine-contract/engine-settings-contract';
import { readPriceFile } from '../import/read-price-file';
import { countryDefaults } from '../settings/country-defaults';
import type { SettingsStore } from '../settings/settings-store';
import { decideCountry } from '../phone/country-rule';

export function settingsEngineHandlers(
  settings: SettingsStore,
): Handlers<typeof engineSettingsMethods> {
  const view = (): EngineSettingsView => ({
    priceTable: settings.priceTable(),
    quietHours: settings.quietHours(),
    countries: countryDefaults(settings),
  });
  return {
    'settings:get': view,
    'settings:setPriceTable': ({ entries }) => {
      settings.setPriceTable(entries);
      return view();
    },
    'settings:readPriceCsv': ({ path }) => readPriceFile(path),
    'settings:setQuietHours': ({ policy }) => {
      settings.setQuietHours(policy);
      return view();
    },
    'settings:setDefaultCountry': ({ country }) => {
      settings.setDefaultCountry(decideCountry({ chosen: country }).choice.country);
      return view();
    },
  };
}
