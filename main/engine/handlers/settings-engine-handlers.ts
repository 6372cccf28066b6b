import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Handlers } from '../../../shared/contract/dispatcher';
import { method } from '../../../shared/contract/define';
import { AppFailure } from '../../../shared/contract/result';
import { parsePriceCsv, type PriceCsvResult } from '../../../shared/pricing/parse-price-csv';
import { priceTableSchema, type PriceTable } from '../../../shared/pricing/price-table';
import {
  quietHoursPolicySchema,
  type QuietHoursPolicy,
} from '../../../shared/schedule/quiet-hours-policy';
import type { SettingsStore } from '../settings/settings-store';

export interface EngineSettingsView {
  readonly priceTable: PriceTable;
  readonly quietHours: QuietHoursPolicy;
}

const MAX_PRICE_FILE_BYTES = 5 * 1024 * 1024;

export const settingsEngineMethods = {
  'settings:get': method(z.undefined()).returns<EngineSettingsView>(),
  'settings:setPriceTable': method(
    z.object({ entries: priceTableSchema }),
  ).returns<EngineSettingsView>(),
  'settings:readPriceCsv': method(z.object({ path: z.string().min(1) })).returns<PriceCsvResult>(),
  'settings:setQuietHours': method(
    z.object({ policy: quietHoursPolicySchema }),
  ).returns<EngineSettingsView>(),
};

export function settingsEngineHandlers(
  settings: SettingsStore,
): Handlers<typeof settingsEngineMethods> {
  const view = (): EngineSettingsView => ({
    priceTable: settings.priceTable(),
    quietHours: settings.quietHours(),
  });
  return {
    'settings:get': view,
    'settings:setPriceTable': ({ entries }) => {
      settings.setPriceTable(entries);
      return view();
    },
    'settings:readPriceCsv': async ({ path }) => {
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch {
        throw new AppFailure('IO', 'That price file cannot be read.');
      }
      if (bytes.length > MAX_PRICE_FILE_BYTES) {
        throw new AppFailure(
          'INVALID_INPUT',
          'That file is too large to be a price table (over 5 MB).',
        );
      }
      return parsePriceCsv(new TextDecoder('utf-8').decode(bytes));
    },
    'settings:setQuietHours': ({ policy }) => {
      settings.setQuietHours(policy);
      return view();
    },
  };
}
