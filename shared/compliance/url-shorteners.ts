/** Public shorteners carriers filter because spammers hide destinations behind them. */
export const URL_SHORTENERS = [
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  'goo.gl',
  't.co',
  'ow.ly',
  'is.gd',
  'v.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'rb.gy',
  'tiny.cc',
  'tiny.one',
  'bl.ink',
  's.id',
  't.ly',
  'lnkd.in',
  'bit.do',
  'adf.ly',
  'shorte.st',
  'short.gy',
  'clck.ru',
  'x.co',
  'tr.im',
  'qr.ae',
  'soo.gd',
] as const;

const escaped = URL_SHORTENERS.map((domain) => domain.replace(/\./g, '\\.')).join('|');

// Not preceded by a domain character (so "cat.co" is not t.co) and not followed by one
// (so "t.com" is not t.co); a sentence-ending full stop after the domain is fine.
const SHORTENER_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}.-])(?:www\\.)?(${escaped})(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])`,
  'giu',
);

/** Unique shortener domains found in the text, lower case, in order of appearance. */
export function findUrlShorteners(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(SHORTENER_PATTERN)) {
    found.add((match[1] as string).toLowerCase());
  }
  return [...found];
}
