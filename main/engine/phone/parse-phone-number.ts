import * as phoneLib from 'libphonenumber-js';
import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  ParseError,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import maxMetadata from 'libphonenumber-js/max/metadata';

type ParseOptions = { v2: true; defaultCountry: CountryCode | undefined; extract: false };
type ParseCustom = (text: string, options: ParseOptions, metadata: unknown) => PhoneNumber;

// `parseCustom` is the library's parse with the metadata passed in: with `v2` it returns the same
// PhoneNumber as `parsePhoneNumberFromString`, minus that function's wrapping, which copies the
// options twice with Babel's object-spread helper and re-packs the arguments on every call
// (≈10 % of an import's reader thread on a million rows). It is exported at runtime but not in
// the type declarations; if it ever goes missing the public function is used.
const parseCustom = (phoneLib as unknown as { parseCustom?: ParseCustom }).parseCustom;
/** False when the library no longer has `parseCustom` (a test says so: it is the fast path). */
export const parsesDirectly = parseCustom !== undefined;
const OPTIONS = new Map<CountryCode | undefined, ParseOptions>();

/**
 * `parsePhoneNumberFromString(text, { defaultCountry, extract: false })` with the max metadata:
 * the number, or undefined when it cannot be parsed. A unit test checks the two agree.
 */
export function parsePhoneNumber(
  text: string,
  defaultCountry: CountryCode | undefined,
): PhoneNumber | undefined {
  if (!parseCustom) return parsePhoneNumberFromString(text, { defaultCountry, extract: false });
  let options = OPTIONS.get(defaultCountry);
  if (!options) {
    // As the public function does: an unknown default country is no default country.
    const country =
      defaultCountry && isSupportedCountry(defaultCountry) ? defaultCountry : undefined;
    options = { v2: true, defaultCountry: country, extract: false };
    OPTIONS.set(defaultCountry, options);
  }
  try {
    return parseCustom(text, options, maxMetadata);
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}
