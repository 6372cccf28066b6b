import { readFile } from 'node:fs/promises';
import type { Handlers } from '../../../shared/contract/dispatcher';
import { senderRuleRows } from '../../../shared/compliance/sender-rules';
import { AppFailure } from '../../../shared/contract/result';
import type {
  EngineSettingsView,
  engineSettingsMethods,
} from '../../engine-contract/engine-settings-contract';
import { parsePriceCsv } from '../import/parse-price-csv';
import type { SettingsStore } from '../settings/settings-store';

const MAX_PRICE_FILE_BYTES = 5 * 1024 * 1024;

export function settingsEngineHandlers(
  settings: SettingsStore,
): Handlers<typeof engineSettingsMethods> {
  const view = (): EngineSettingsView => ({
    priceTable: settings.priceTable(),
    quietHours: settings.quietHours(),
    senderRules: senderRuleRows(settings.senderRuleOverrides()),
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
    'settings:setSenderRule': ({ country, rule }) => {
      settings.setSenderRule(country, rule);
      return view();
    },
    'settings:resetSenderRule': ({ country }) => {
      settings.resetSenderRule(country);
      return view();
    },
  };
}
