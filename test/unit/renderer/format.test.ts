import { describe, expect, it } from 'vitest';
import { countryLabel, countryName } from '../../../renderer/lib/country-name';
import {
  formatBytes,
  formatCount,
  formatDecimal,
  formatDuration,
  formatMoney,
  formatPartPrice,
  plural,
} from '../../../renderer/lib/format';

// The process's locale decides separators, so the tests accept any of the common ones.
const group = '[,. \u00a0\u202f’]?';

describe('format helpers', () => {
  it('formats counts as whole numbers with the locale grouping', () => {
    expect(formatCount(1234567)).toMatch(new RegExp(`^1${group}234${group}567$`));
    expect(formatCount(2.6)).toBe('3');
  });

  it('pluralises English words, with an irregular plural when given', () => {
    expect(plural(1, 'contact')).toBe('1 contact');
    expect(plural(0, 'contact')).toBe('0 contacts');
    expect(plural(3, 'match', 'matches')).toBe('3 matches');
    expect(plural(2, 'recipient is', 'recipients are')).toBe('2 recipients are');
    expect(plural(1500, 'row')).toBe(`${formatCount(1500)} rows`);
  });

  it('shows money with the currency’s own decimals, so amounts side by side line up', () => {
    // Before, amounts under 100 kept up to four decimals: €0.65 next to €0.585 and €0.0123.
    expect(formatMoney(0.65, 'EUR')).toMatch(/0[.,]65/);
    expect(formatMoney(0.585, 'EUR')).toMatch(/0[.,]59/);
    expect(formatMoney(0.585, 'EUR')).not.toMatch(/585/);
    expect(formatMoney(1.5, 'EUR')).toMatch(/1[.,]50/);
    expect(formatMoney(1234.5678, 'EUR')).toMatch(new RegExp(`1${group}234[.,]57`));
    expect(formatMoney(1234.5678, 'EUR')).not.toMatch(/5678/);
    // Yen have no minor unit; Bahraini dinars have three.
    expect(formatMoney(120.4, 'JPY')).toMatch(/120$/);
    expect(formatMoney(1.2345, 'BHD')).toMatch(/1[.,]235|1[.,]234/);
    const decimals = (text: string) => /[.,](\d+)\D*$/.exec(text)?.[1]?.length ?? 0;
    expect(
      new Set([0.65, 0.585, 12.3, 0.1, 4].map((n) => decimals(formatMoney(n, 'EUR')))),
    ).toEqual(new Set([2]));
  });

  it('says "under" for a cost too small to show, never a zero', () => {
    expect(formatMoney(0.004, 'EUR')).toMatch(/^under .*0[.,]01/);
    expect(formatMoney(0, 'EUR')).toMatch(/0[.,]00/);
  });

  it('keeps the fractions of a cent of a per-part price', () => {
    expect(formatPartPrice(0.045, 'EUR')).toMatch(/0[.,]045/);
    expect(formatPartPrice(0.0123, 'EUR')).toMatch(/0[.,]0123/);
    expect(formatPartPrice(0.05, 'EUR')).toMatch(/0[.,]05\D*$/);
  });

  it('shows an amount in a code Intl refuses with the code, not nothing', () => {
    expect(formatMoney(1.5, 'EURO')).toBe('1.50 EURO');
  });

  it('formats bytes in decimal units and durations in ms or s', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(4_200_000)).toMatch(/^4[.,]2 MB$/);
    expect(formatBytes(3_000_000_000)).toBe('3 GB');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(2400)).toBe('2.4 s');
    expect(formatDuration(12_400)).toBe('12 s');
    expect(formatDecimal(2.35)).toMatch(/^2[.,][34]$/);
  });
});

describe('country names', () => {
  it('names a known region in English and labels it with its code', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryLabel('DE')).toBe('Germany (DE)');
  });

  it('gives null (and the bare code as label) for what is not a region code', () => {
    expect(countryName('de')).toBeNull();
    expect(countryName('')).toBeNull();
    expect(countryName('ZZ')).toBeNull();
    expect(countryLabel('ZZ')).toBe('ZZ');
  });
});
