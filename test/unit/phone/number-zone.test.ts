import { getCountries, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { numberTypeOf } from '../../../main/engine/phone/number-type';
import { zoneOfNumber } from '../../../main/engine/phone/number-zone';
import { shippedZoneMap, zoneMapOf } from '../../../main/engine/phone/zone-map';

const NOV = Date.parse('2026-11-27T12:00:00Z');

describe('a number’s own time zone', () => {
  it('matches the longest prefix', () => {
    const map = zoneMapOf([
      ['1', 'America/New_York&Pacific/Honolulu'],
      ['1208', 'America/Boise'],
      ['1208201', 'America/Denver'],
    ]);
    expect(map.lookup('12082015555')).toEqual(['America/Denver']);
    expect(map.lookup('12089995555')).toEqual(['America/Boise']);
    expect(map.lookup('19999999999')).toEqual(['America/New_York', 'Pacific/Honolulu']);
    expect(map.lookup('4420')).toBeNull();
  });

  it('reads the shipped map and follows libphonenumber’s rule', () => {
    const map = shippedZoneMap();
    expect(map.size).toBeGreaterThan(3000);
    const zone = (n: string) => zoneOfNumber(n, map, NOV);
    // Fixed lines and US numbers (fixed line or mobile) by prefix.
    expect(zone('+12125550101')).toEqual({ zone: 'America/New_York', uncertain: false });
    expect(zone('+18085550101')).toEqual({ zone: 'Pacific/Honolulu', uncertain: false });
    expect(zone('+74951234567')).toEqual({ zone: 'Europe/Moscow', uncertain: false });
    // A Brazilian mobile carries its region (one of the five countries where mobiles do).
    expect(zone('+5592987654321')).toEqual({ zone: 'America/Manaus', uncertain: false });
    // A Russian mobile does not: the country's list; the latest clock is kept, marked uncertain.
    expect(zone('+79161234567').uncertain).toBe(true);
    // An Australian 08 landline is Adelaide or Perth: Perth (the later clock), uncertain.
    expect(zone('+61889012345')).toEqual({ zone: 'Australia/Perth', uncertain: true });
    // Not a number of any known type: no zone (the country's zones apply).
    expect(zone('+12120000000')).toEqual({ zone: null, uncertain: false });
  });

  it('finds nothing in an empty map (the country’s zones apply)', () => {
    expect(zoneOfNumber('+12125550101', zoneMapOf([]), NOV)).toEqual({
      zone: null,
      uncertain: false,
    });
  });
});

describe('numberTypeOf (compiled-regexp getType)', () => {
  it('agrees with libphonenumber-js getType() on valid and mutated numbers of every country', () => {
    let compared = 0;
    const types = new Set<string>();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const digits = example.nationalNumber;
      for (let i = 0; i < 60; i++) {
        let national = [...digits]
          .map((d, k) => (k > 0 && random() < 0.4 ? String(Math.floor(random() * 10)) : d))
          .join('');
        if (i % 10 === 0) national = national.slice(0, -1);
        if (i % 10 === 1) national += '7';
        if (i % 10 === 2) national = String(Math.floor(random() * 10)) + national.slice(1);
        const parsed = parsePhoneNumberFromString(`+${example.countryCallingCode}${national}`);
        if (!parsed) continue;
        const expected = parsed.getType();
        expect(numberTypeOf(parsed), `${country} ${national}`).toBe(expected);
        types.add(String(expected));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(8000);
    // The sample reaches fixed lines, mobiles, both, other types and invalid numbers.
    for (const t of ['FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'undefined']) {
      expect(types).toContain(t);
    }
  });
});
