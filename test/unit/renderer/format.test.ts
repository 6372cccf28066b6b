import { describe, expect, it } from 'vitest';
import { countryLabel, countryName } from '../../../renderer/lib/country-name';
import {
  formatBytes,
  formatCount,
  formatDecimal,
  formatDuration,
  formatMoney,
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

  it('keeps fractions of a cent below 100 and rounds to cents above', () => {
    expect(formatMoney(0.65, 'EUR')).toMatch(/0[.,]65/);
    expect(formatMoney(0.0123, 'EUR')).toMatch(/0[.,]0123/);
    expect(formatMoney(1234.5678, 'EUR')).toMatch(new RegExp(`1${group}234[.,]57`));
    expect(formatMoney(1234.5678, 'EUR')).not.toMatch(/5678/);
  });

  it('shows an amount in a code Intl refuses with the code, not nothing', () => {
    expect(formatMoney(1.5, 'EURO')).toBe('1.5000 EURO');
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
