import { describe, expect, it } from 'vitest';
import {
  hasErrors,
  initialMapping,
  mappingErrors,
  mappingSettings,
} from '../../../renderer/features/contacts/import/mapping-draft';
import type { ImportPreview } from '../../../shared/contacts/import-types';
import { countryHint } from '../../../shared/contacts/example-number';
import { contactList } from './fixtures';

const preview = (countries: ImportPreview['countries']): ImportPreview => ({
  fileName: 'uk.xlsx',
  sizeBytes: 100,
  format: 'xlsx',
  sheets: [{ name: 'Sheet1', hidden: false }],
  sheet: 0,
  encoding: 'utf-8',
  delimiter: ',',
  singleColumn: false,
  hasHeader: true,
  headers: ['Name', 'Mobile'],
  fieldNames: ['name', 'mobile'],
  columnCount: 2,
  phoneColumn: 1,
  previewRows: [['Ann', '07400 123456']],
  countryGuesses: [null, { country: 'GB', matches: 3, international: 3, sampled: 4 }],
  empty: false,
  countries,
});

describe('the import mapping draft', () => {
  it('presets the country by the rule: the list, the last used, Settings, the locale', () => {
    const all = { lastUsed: 'DE', setting: 'FR', locale: 'US' };
    const lists = [contactList({ id: 7, defaultCountry: 'IL' })];
    expect(initialMapping(preview(all), 'uk.xlsx', lists, 7, 'list')).toMatchObject({
      target: 'existing',
      defaultCountry: 'IL',
      countrySource: 'list',
    });
    expect(initialMapping(preview(all), 'uk.xlsx', lists, null, 'list')).toMatchObject({
      target: 'new',
      defaultCountry: 'DE',
      countrySource: 'last',
    });
    // The file's guess (GB) is offered, never preset.
    const none = { lastUsed: null, setting: null, locale: null };
    expect(initialMapping(preview(none), 'uk.xlsx', [], null, 'list')).toMatchObject({
      defaultCountry: null,
      countrySource: 'none',
    });
    // Opt-outs have no list: a list's country does not apply to them.
    expect(initialMapping(preview(all), 'uk.xlsx', lists, 7, 'optOuts').defaultCountry).toBe('DE');
  });

  it('asks opt-outs only for the phone column, and sends no list and no fields', () => {
    const draft = initialMapping(
      preview({ lastUsed: null, setting: 'GB', locale: null }),
      'stop.csv',
      [],
      null,
      'optOuts',
    );
    expect(hasErrors(mappingErrors({ ...draft, newListName: '' }, [], 'optOuts'))).toBe(false);
    expect(hasErrors(mappingErrors({ ...draft, newListName: '' }, [], 'list'))).toBe(true);
    expect(mappingSettings(draft, 'optOuts')).toEqual({
      phoneColumn: 1,
      fieldColumns: {},
      defaultCountry: 'GB',
      optOuts: true,
    });
  });

  it('shows an example number of the chosen country in the hint', () => {
    expect(countryHint('GB')).toContain('07400 123456');
    expect(countryHint('US')).toContain('(201) 555-0123');
    expect(countryHint(null)).toContain('must then start with + or 00');
  });
});
