import { describe, expect, it } from 'vitest';
import { parsePriceCsv } from '../../../main/engine/import/parse-price-csv';
import { parsePriceCell } from '../../../shared/pricing/parse-price-cell';
import { lookupCountry } from '../../../shared/pricing/country-lookup';

describe('parsePriceCsv', () => {
  it('reads country,price with a chosen currency', () => {
    expect(parsePriceCsv('country,price\nDE,0.05\nfr,0.061\n', { defaultCurrency: 'eur' })).toEqual(
      {
        entries: [
          { country: 'DE', pricePerPart: 0.05, currency: 'EUR' },
          { country: 'FR', pricePerPart: 0.061, currency: 'EUR' },
        ],
        currency: 'EUR',
        errors: [],
        warnings: [],
      },
    );
  });

  it('reads dialling codes, semicolons, decimal commas and a currency in the header', () => {
    const result = parsePriceCsv('Country Code;Rate (USD)\n49;0,045\n+33;0,06\n0044;0.04\r\n');
    expect(result.errors).toEqual([]);
    expect(result.currency).toBe('USD');
    expect(result.entries).toEqual([
      { country: 'DE', pricePerPart: 0.045, currency: 'USD' },
      { country: 'FR', pricePerPart: 0.06, currency: 'USD' },
      { country: 'GB', pricePerPart: 0.04, currency: 'USD' },
    ]);
    expect(result.warnings).toEqual([
      {
        row: 4,
        message: 'Dialling code 0044 is shared with GG, IM, JE; the price was used for GB only.',
      },
    ]);
  });

  it('reads English names, a currency column, quoted decimal commas and tabs', () => {
    const csv =
      'Destination,Price per SMS,Currency\nGermany,"0,05",eur\nUnited Kingdom,0.04,EUR\n"Côte d’Ivoire",0.1,EUR\nthe Netherlands,0.07,EUR';
    expect(parsePriceCsv(csv).entries.map((e) => [e.country, e.pricePerPart])).toEqual([
      ['DE', 0.05],
      ['GB', 0.04],
      ['CI', 0.1],
      ['NL', 0.07],
    ]);
    const tabbed = parsePriceCsv('iso2\tprice\nES\t€0,03\n');
    expect(tabbed.entries).toEqual([{ country: 'ES', pricePerPart: 0.03, currency: 'EUR' }]);
  });

  it('lists unreadable rows with their row numbers and keeps the rest', () => {
    const csv = [
      'country,price',
      'DE,0.05', // row 2
      'XX,0.05', // row 3
      'Atlantis,0.05', // row 4
      '', // row 5, blank: skipped silently
      'FR,abc', // row 6
      'IT,-0.01', // row 7
      'DE,0.06', // row 8, duplicate
      'ES,', // row 9
      'PT,0.04 USD', // row 10, other currency
      '1,0.01', // row 11, NANP: US only
    ].join('\n');
    const result = parsePriceCsv(csv, { defaultCurrency: 'EUR' });
    expect(result.entries.map((e) => e.country)).toEqual(['DE', 'US']);
    expect(result.errors).toEqual([
      { row: 3, message: expect.stringContaining('"XX" is not a country code we know') as string },
      { row: 4, message: expect.stringContaining('"Atlantis" is not a country') as string },
      { row: 6, message: '"abc" is not a price.' },
      { row: 7, message: 'A price cannot be negative.' },
      { row: 8, message: 'DE already has a price on row 2; this row was skipped.' },
      { row: 9, message: 'The price is empty.' },
      { row: 10, message: 'This row is in USD but earlier rows are in EUR; use one currency.' },
    ]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.row).toBe(11);
    expect(result.warnings[0]?.message).toMatch(
      /^Dialling code 1 is shared with AG, AI, AS, BB, BM, …; the price was used for US only\.$/,
    );
  });

  it('asks for a currency when none is given anywhere', () => {
    expect(parsePriceCsv('country,price\nDE,0.05').errors).toEqual([
      {
        row: 2,
        message: 'No currency: add a currency column or choose the currency before importing.',
      },
    ]);
  });

  it('reads a file without a header as country, price', () => {
    const result = parsePriceCsv('DE,0.05\nFR,0.06', { defaultCurrency: 'EUR' });
    expect(result.entries.map((e) => e.country)).toEqual(['DE', 'FR']);
    expect(result.errors).toEqual([]);
  });

  it('says which columns it needs when it finds none', () => {
    const result = parsePriceCsv('foo,bar\nbaz,qux', { defaultCurrency: 'EUR' });
    expect(result.entries).toEqual([]);
    expect(result.errors[0]).toEqual({
      row: 1,
      message: 'No country and price columns found: name them, for example "country,price".',
    });
  });

  it('strips a byte-order mark', () => {
    expect(
      parsePriceCsv('\uFEFFcountry,price\nDE,0.05', { defaultCurrency: 'EUR' }).entries,
    ).toHaveLength(1);
  });
});

describe('parsePriceCell', () => {
  it.each([
    ['0.045', 0.045, undefined],
    ['0,045', 0.045, undefined],
    ['€0.05', 0.05, 'EUR'],
    ['0.05 usd', 0.05, 'USD'],
    ['£ 1', 1, 'GBP'],
    ['1.234,5', 1234.5, undefined],
    ['1,234.5', 1234.5, undefined],
    ['1 234,5', 1234.5, undefined],
    ['1.000.000', 1000000, undefined],
    [',5', 0.5, undefined],
  ])('reads %j', (raw, value, currency) => {
    expect(parsePriceCell(raw)).toEqual({ ok: true, value, currency });
  });

  it.each(['', 'free', '12abc', '0.0.5,1,2', '--1', '5 EUR USD'])('rejects %j', (raw) => {
    expect(parsePriceCell(raw).ok).toBe(false);
  });
});

describe('lookupCountry', () => {
  it.each([
    ['de', 'DE'],
    ['UK', 'GB'],
    ['49', 'DE'],
    ['+972', 'IL'],
    ['00 33', 'FR'],
    ['Russia', 'RU'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['Czech Republic', 'CZ'],
    ['UNITED STATES', 'US'],
  ])('%j is %s', (raw, code) => {
    expect(lookupCountry(raw)).toMatchObject({ ok: true, country: code });
  });

  it('names the other countries sharing a dialling code', () => {
    expect(lookupCountry('7')).toEqual({ ok: true, country: 'RU', sharedWith: ['KZ'] });
  });

  it.each(['', 'ZZ', '999', 'DEU', 'Narnia'])('rejects %j', (raw) => {
    expect(lookupCountry(raw).ok).toBe(false);
  });
});
