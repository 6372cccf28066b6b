import {
  getCountries,
  getExampleNumber,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumber, parsesDirectly } from '../../../main/engine/phone/parse-phone-number';

const view = (n: ReturnType<typeof parsePhoneNumberFromString>) =>
  n && {
    number: n.number,
    country: n.country,
    national: n.nationalNumber,
    possible: n.isPossible(),
    valid: n.isValid(),
  };

describe('parsePhoneNumber', () => {
  it("uses the library's parseCustom, not the fallback", () => {
    expect(parsesDirectly).toBe(true);
  });

  it("reads every country's numbers exactly as parsePhoneNumberFromString does", () => {
    let compared = 0;
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const national = example.nationalNumber;
      const forms = [
        example.number,
        `0${national}`,
        national,
        `${example.countryCallingCode}${national}`,
        `+${example.countryCallingCode}${national}9`,
        national.slice(0, 3),
        `${national}123456789`,
      ];
      for (const text of forms) {
        for (const defaultCountry of [country, undefined, 'DE', 'US'] as const) {
          const expected = view(
            parsePhoneNumberFromString(text, { defaultCountry, extract: false }),
          );
          expect(view(parsePhoneNumber(text, defaultCountry)), `${text} ${defaultCountry}`).toEqual(
            expected,
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('gives nothing for what is not a number, and ignores an unknown default country', () => {
    for (const text of ['', 'abc', '+', '12', '+999 123', '++4915212345678']) {
      if (['', 'abc', '+'].includes(text))
        expect(parsePhoneNumber(text, 'DE'), text).toBeUndefined();
      expect(view(parsePhoneNumber(text, 'DE')), text).toEqual(
        view(parsePhoneNumberFromString(text, { defaultCountry: 'DE', extract: false })),
      );
    }
    const unknown = 'ZZ' as CountryCode;
    expect(view(parsePhoneNumber('015212345678', unknown))).toEqual(
      view(parsePhoneNumberFromString('015212345678', { defaultCountry: unknown, extract: false })),
    );
    expect(parsePhoneNumber('+4915212345678', unknown)?.number).toBe('+4915212345678');
  });
});
