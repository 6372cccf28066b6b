/** English country names from the platform (Intl), for the app and the engine alike. */
const regionNames = (() => {
  try {
    // English, like the rest of the app's words and the names the price import understands.
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return null;
  }
})();

/** "DE" → "Germany"; null when the code is not a region the platform knows. */
export function countryName(code: string): string | null {
  // ZZ is CLDR's "Unknown Region": a name, but not a country.
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') return null;
  try {
    const name = regionNames?.of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

/** "Germany (DE)", or the bare code when it has no name. */
export function countryLabel(code: string): string {
  const name = countryName(code);
  return name ? `${name} (${code})` : code;
}

const WITH_ARTICLE =
  /^(United |Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$|Seychelles$)|(Islands|Republic|Emirates)$/;

/** For the middle of a sentence: "the United States", "Germany", else the bare code. */
export function countryInSentence(code: string): string {
  const name = countryName(code);
  if (!name) return code;
  return WITH_ARTICLE.test(name) ? `the ${name}` : name;
}
