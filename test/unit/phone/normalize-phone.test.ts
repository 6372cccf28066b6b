import { getCountries, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../main/engine/phone/normalize-phone';
import { isValidPhoneNumber } from '../../../main/engine/phone/phone-validity';

const ok = (e164: string, country: string | null = 'IL') => ({
  ok: true,
  e164,
  country,
  validForCountry: true,
});

describe('normalizePhone', () => {
  it.each([
    ['+972 52-426-5292', 'IL'],
    ['00972524265292', 'IL'],
    ['0524265292', 'IL'],
    ['972524265292', 'IL'],
    ['+972524265292', undefined],
    ['+972524265292', 'US'],
    ["'0524265292", 'IL'],
    ['="0524265292"', 'IL'],
    ['tel:+972-52-426-5292', 'IL'],
    ['052.426.5292', 'IL'],
    ['(052) 426 5292', 'IL'],
    ['٠٥٢٤٢٦٥٢٩٢', 'IL'],
    ['０５２４２６５２９２', 'IL'],
    ['\u200f+972-52-426-5292\u200e', 'IL'],
    ['\u00a0+972\u00a052\u2011426\u20135292 ', 'IL'],
  ] as const)('reads %j (default %s) as +972524265292', (raw, country) => {
    expect(normalizePhone(raw, country)).toEqual(ok('+972524265292'));
  });

  it('reads US notations with default US', () => {
    for (const raw of [
      '(415) 555-0100',
      '415.555.0100',
      '1-415-555-0100',
      '+1 415 555 0100',
      '4155550100',
    ]) {
      expect(normalizePhone(raw, 'US')).toEqual(ok('+14155550100', 'US'));
    }
    expect(normalizePhone('011 44 20 7946 0958', 'US')).toEqual(ok('+442079460958', 'GB'));
  });

  it('prefers a valid foreign number over an invalid local reading of digits without "+"', () => {
    // As IL national digits this is possible but not valid; as +44… it is a valid number.
    expect(normalizePhone('447911123456', 'IL')).toMatchObject({ ok: true, e164: '+447911123456' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ["'", 'empty'],
    ['9.72524E+11', 'mangled_by_excel'],
    ['9,72524E+11', 'mangled_by_excel'],
    ['4.15556e+09', 'mangled_by_excel'],
    ['call me', 'not_a_number'],
    ['N/A', 'not_a_number'],
    ['-', 'not_a_number'],
    ['+972+52', 'not_a_number'],
    ['12', 'too_short'],
    ['+972', 'too_short'],
    ['0524265292123456', 'too_long'],
    ['+97252426529212345678', 'too_long'],
    ['+999 1234567', 'unknown_country'],
  ] as const)('rejects %j as %s', (raw, reason) => {
    expect(normalizePhone(raw, 'IL')).toEqual({ ok: false, reason });
  });

  it('never reads a national number as an international one without a default country', () => {
    // The CLI used to send "(646) 280-6906" to +64 6 280 6906 (New Zealand) and
    // "(81) 99521-2496" to Japan; "972524265292" is just as ambiguous without a country.
    for (const raw of ['0524265292', '(646) 280-6906', '(81) 99521-2496', '972524265292']) {
      expect(normalizePhone(raw, undefined), raw).toEqual({
        ok: false,
        reason: 'no_default_country',
      });
    }
    expect(normalizePhone('00972524265292', undefined)).toEqual(ok('+972524265292'));
    expect(normalizePhone('(646) 280-6906', 'US')).toEqual(ok('+16462806906', 'US'));
    expect(normalizePhone('(81) 99521-2496', 'BR')).toEqual(ok('+5581995212496', 'BR'));
  });

  it('does not re-read a bracketed national number as international when it fails locally', () => {
    // As GB digits this is not a number; "+64…" would be a valid NZ number.
    const gb = normalizePhone('(646) 280-6906', 'GB');
    expect(gb.ok && gb.e164.startsWith('+64')).toBe(false);
    // Without brackets the country code written without "+" is still read.
    expect(normalizePhone('16462806906', 'GB')).toEqual(ok('+16462806906', 'US'));
  });

  it.each([
    ['+44 7742 848594 ext. 12', '12'],
    ['+44 7742 848594 x123', '123'],
    ['+44 7742 848594 ext 7', '7'],
    ['+44 7742 848594, extension 42', '42'],
    ['tel:+44-7742-848594;ext=1234', '1234'],
    ['07742 848594 #9', '9'],
  ])('drops the extension of %j and reports it', (raw, extension) => {
    expect(normalizePhone(raw, 'GB')).toEqual({
      ...ok('+447742848594', 'GB'),
      extension,
    });
  });

  it('accepts possible-but-not-valid numbers with a warning flag', () => {
    expect(normalizePhone('0541234567', 'IL')).toEqual({
      ok: true,
      e164: '+972541234567',
      country: 'IL',
      validForCountry: false,
    });
    expect(normalizePhone('+1 555 555 5555', 'US')).toEqual({
      ok: true,
      e164: '+15555555555',
      country: null,
      validForCountry: false,
    });
  });
});

describe('isValidPhoneNumber (compiled-regexp isValid)', () => {
  it('agrees with libphonenumber-js isValid() on valid and mutated numbers of every country', () => {
    let compared = 0;
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const digits = example.nationalNumber;
      for (let i = 0; i < 40; i++) {
        let national = [...digits]
          .map((d, k) => (k > 0 && random() < 0.4 ? String(Math.floor(random() * 10)) : d))
          .join('');
        if (i % 10 === 0) national = national.slice(0, -1);
        if (i % 10 === 1) national += '7';
        const parsed = parsePhoneNumberFromString(`+${example.countryCallingCode}${national}`);
        if (!parsed) continue;
        expect(isValidPhoneNumber(parsed), `${country} ${national}`).toBe(parsed.isValid());
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });
});
