import metadata from 'libphonenumber-js/metadata.min.json';

export type CountryLookup =
  { ok: true; country: string; sharedWith?: string[] } | { ok: false; message: string };

/** Names people use that differ from the English CLDR name, or codes that are not ISO. */
const ALIASES: Readonly<Record<string, string>> = {
  uk: 'GB',
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  holland: 'NL',
  'czech republic': 'CZ',
  turkey: 'TR',
  'ivory coast': 'CI',
  macedonia: 'MK',
  'korea republic of': 'KR',
  korea: 'KR',
  'russian federation': 'RU',
  'viet nam': 'VN',
  palestine: 'PS',
  'dr congo': 'CD',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  uae: 'AE',
};

const UNREADABLE =
  'Use a two-letter country code (DE), a dialling code (49) or an English country name.';

/**
 * Reads a country from a price-list cell: ISO alpha-2, a dialling code ("49", "+49", "0049")
 * or an English name. A dialling code shared by several countries (1, 7, 44…) resolves to
 * the country libphonenumber lists first for it, and `sharedWith` names the others so the
 * caller can say so: we never spread one price over countries the user did not name.
 */
export function lookupCountry(raw: string): CountryLookup {
  const value = raw.trim();
  if (value === '') return { ok: false, message: 'The country is empty.' };

  if (/^[A-Za-z]{2}$/.test(value)) {
    const upper = value.toUpperCase();
    const code = ALIASES[upper.toLowerCase()] ?? upper;
    if (isKnownCountry(code)) return { ok: true, country: code };
    return { ok: false, message: `"${value}" is not a country code we know. ${UNREADABLE}` };
  }

  const dial = /^(?:\+|00)?\s*(\d{1,4})$/.exec(value);
  if (dial) {
    const countries = (metadata.country_calling_codes[dial[1] as string] ?? []).filter(
      isKnownCountry,
    );
    const [main, ...others] = countries;
    if (main === undefined) {
      return { ok: false, message: `"${value}" is not a dialling code we know.` };
    }
    return others.length === 0
      ? { ok: true, country: main }
      : { ok: true, country: main, sharedWith: others };
  }

  const code = countryByName().get(normalizeName(value));
  if (code !== undefined) return { ok: true, country: code };
  return { ok: false, message: `"${value}" is not a country we recognise. ${UNREADABLE}` };
}

function isKnownCountry(code: string): boolean {
  return Object.hasOwn(metadata.countries, code);
}

let nameIndex: Map<string, string> | undefined;

/** English names from the platform's CLDR data, built on first use only. */
function countryByName(): Map<string, string> {
  if (nameIndex) return nameIndex;
  nameIndex = new Map(Object.entries(ALIASES));
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const code of Object.keys(metadata.countries)) {
    const name = names.of(code);
    if (name !== undefined && name !== code) nameIndex.set(normalizeName(name), code);
  }
  return nameIndex;
}

function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
