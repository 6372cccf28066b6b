import { z } from 'zod';
import { priceTableSchema, type PriceTable } from '../pricing/price-table';
import type { PriceCsvResult } from '../pricing/price-csv-result';
import { quietHoursPolicySchema, type QuietHoursPolicy } from '../schedule/quiet-hours-policy';
import { countryCodeSchema } from '../contacts/country-code-schema';
import type { CountryDefaults } from '../contacts/import-types';
import { method } from './define';

export interface AppSettings {
  readonly priceTable: PriceTable;
  readonly quietHours: QuietHoursPolicy;
  /**
   * Settings' default country (for test sends and numbers typed by hand), with the other
   * candidates of the country rule the engine knows: the last import's and the locale's.
   */
  readonly countries: CountryDefaults;
  /** Use Node's fetch instead of Chromium's network stack (for proxies that misbehave). */
  readonly useNodeFetch: boolean;
  /** "Ask before showing or copying a token" (on unless the user confirmed turning it off). */
  readonly confirmTokenAccess: boolean;
}

export const settingsMethods = {
  'settings:get': method(z.undefined()).returns<AppSettings>(),
  'settings:setPriceTable': method(z.object({ entries: priceTableSchema })).returns<AppSettings>(),
  /** Reads a price CSV (e.g. CommPeak's rate export) and returns what it found, without saving. */
  'settings:readPriceFile': method(
    z.object({ fileId: z.string().min(1) }),
  ).returns<PriceCsvResult>(),
  'settings:setQuietHours': method(
    z.object({ policy: quietHoursPolicySchema }),
  ).returns<AppSettings>(),
  'settings:setNetwork': method(z.object({ useNodeFetch: z.boolean() })).returns<AppSettings>(),
  /** Turning the question off is itself confirmed outside the page (a script cannot do it). */
  'settings:setTokenConfirmation': method(
    z.object({ confirmTokenAccess: z.boolean() }),
  ).returns<AppSettings>(),
  /** Null: no default of its own, the locale's country is used. */
  'settings:setDefaultCountry': method(
    z.object({ country: countryCodeSchema.nullable() }),
  ).returns<AppSettings>(),
};
