import { getExampleNumber, type CountryCode, type Examples } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/metadata.min.json';

export interface ExampleNumber {
  /** As people in that country write it ("07400 123456"). */
  readonly national: string;
  /** With the country code ("+44 7400 123456"). */
  readonly international: string;
}

/**
 * A mobile number of `country` as its people write it, for hints next to a country choice (the
 * phone library's example numbers, from the same metadata the country list uses). Null for a
 * country without an example.
 */
export function exampleNumber(country: string | null): ExampleNumber | null {
  if (!country || !Object.hasOwn(metadata.countries, country)) return null;
  const number = getExampleNumber(country as CountryCode, examples as Examples, metadata);
  if (!number) return null;
  return { national: number.formatNational(), international: number.formatInternational() };
}

/** The hint under a default-country choice: what a national number looks like there. */
export function countryHint(country: string | null): string {
  if (!country) return 'Every number must then start with + or 00, like +44 7400 123456.';
  const example = exampleNumber(country);
  if (!example) return 'For numbers written without a country code.';
  return `For numbers written without a country code, like ${example.national} (read as ${example.international}).`;
}
