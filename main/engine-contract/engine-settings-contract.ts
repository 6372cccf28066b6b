import { z } from 'zod';
import type { CountryDefaults } from '../../shared/contacts/import-types';
import { method } from '../../shared/contract/define';
import type { PriceCsvResult } from '../../shared/pricing/price-csv-result';
import { countryCodeSchema } from '../../shared/contacts/country-code-schema';
import { priceTableSchema, type PriceTable } from '../../shared/pricing/price-table';
import {
  quietHoursPolicySchema,
  type QuietHoursPolicy,
} from '../../shared/schedule/quiet-hours-policy';

/** The settings the engine keeps (main adds its own network preference on top). */
export interface EngineSettingsView {
  readonly priceTable: PriceTable;
  readonly quietHours: QuietHoursPolicy;
  readonly countries: CountryDefaults;
}

export const engineSettingsMethods = {
  'settings:get': method(z.undefined()).returns<EngineSettingsView>(),
  'settings:setPriceTable': method(
    z.object({ entries: priceTableSchema }),
  ).returns<EngineSettingsView>(),
  'settings:readPriceCsv': method(z.object({ path: z.string().min(1) })).returns<PriceCsvResult>(),
  'settings:setQuietHours': method(
    z.object({ policy: quietHoursPolicySchema }),
  ).returns<EngineSettingsView>(),
  'settings:setDefaultCountry': method(
    z.object({ country: countryCodeSchema.nullable() }),
  ).returns<EngineSettingsView>(),
};
