import { GSM_COST_TABLE } from './gsm-charset';
import { formatCodePoint } from './analyze-message';
import { isSurrogatePairAt } from './segment-count';

/**
 * Non-GSM characters with a GSM look-alike that keeps the meaning. Letters are deliberately
 * left alone (lowercase ç, á, ő…): swapping them changes spelling, so the user decides.
 * The only letters mapped are Greek capitals that GSM 03.38 itself renders with the Latin
 * glyph, and decomposed accents that compose into a GSM letter (handled in code below).
 */
const REPLACEMENT_GROUPS: readonly (readonly [to: string, from: string])[] = [
  ["'", '\u2018\u2019\u201A\u201B\u2039\u203A\u2032\u00B4\u0060\u02B9\u02BB\u02BC\u02BD'],
  ["'", '\u02C8\u02CA\u02CB\u275B\u275C\uFF07'],
  ['"', '\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u02BA\u02DD\u275D\u275E\u301D\u301E\uFF02'],
  ['-', '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2022\u2043\uFE58\uFE63\uFF0D'],
  [' ', '\t\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A'],
  [' ', '\u202F\u205F\u3000'],
  ['\n', '\u2028\u2029\u0085'],
  // Invisible characters that only add cost: zero-width space, word joiner, BOM, soft hyphen.
  ['', '\u200B\u2060\uFEFF\u00AD'],
  ['...', '\u2026'],
  ['/', '\u00F7\u2044\u2215\uFF0F'],
  ['x', '\u00D7'],
  ['1/2', '\u00BD'],
  ['1/4', '\u00BC'],
  ['3/4', '\u00BE'],
  ['TM', '\u2122'],
  ['(C)', '\u00A9'],
  ['(R)', '\u00AE'],
  ['^', '\u02C6'],
  ['~', '\u02DC'],
  ['A', '\u0391'],
  ['B', '\u0392'],
  ['E', '\u0395'],
  ['Z', '\u0396'],
  ['H', '\u0397'],
  ['I', '\u0399'],
  ['K', '\u039A'],
  ['M', '\u039C'],
  ['N', '\u039D'],
  ['O', '\u039F'],
  ['P', '\u03A1'],
  ['T', '\u03A4'],
  ['Y', '\u03A5'],
  ['X', '\u03A7'],
];

export const GSM_REPLACEMENTS: ReadonlyMap<string, string> = new Map(
  REPLACEMENT_GROUPS.flatMap(([to, from]) => [...from].map((char) => [char, to] as const)),
);

export interface ReplacementChange {
  /** UTF-16 index in the original text. */
  index: number;
  from: string;
  /** The empty string when an invisible character is removed. */
  to: string;
}

export interface RemainingChar {
  char: string;
  codePoint: string;
  count: number;
}

export interface ReplacementPlan {
  result: string;
  changes: ReplacementChange[];
  /** Characters that still force UCS-2 after the replacement (no safe GSM equivalent). */
  remainingNonGsm: RemainingChar[];
  /** True when the result fits GSM-7 entirely. */
  becomesGsm: boolean;
}

/** Plans the one-click GSM replacement so the UI can show a diff before applying it. */
export function planReplacement(text: string): ReplacementPlan {
  const changes: ReplacementChange[] = [];
  const remaining = new Map<string, RemainingChar>();
  let result = '';
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const composed = composeWithNextMark(text, i);
    if (composed !== null) {
      changes.push({ index: i, from: text.slice(i, i + 2), to: composed });
      result += composed;
      i += 2;
      continue;
    }
    if (GSM_COST_TABLE[code] !== 0) {
      result += text[i];
      i++;
      continue;
    }
    const width = isSurrogatePairAt(text, i) ? 2 : 1;
    const char = text.slice(i, i + width);
    const to = GSM_REPLACEMENTS.get(char);
    if (to !== undefined) {
      changes.push({ index: i, from: char, to });
      result += to;
    } else {
      const entry = remaining.get(char);
      if (entry) entry.count++;
      else remaining.set(char, { char, codePoint: formatCodePoint(char), count: 1 });
      result += char;
    }
    i += width;
  }
  return {
    result,
    changes,
    remainingNonGsm: [...remaining.values()],
    becomesGsm: remaining.size === 0,
  };
}

/**
 * "e" + U+0301 (combining acute, as some keyboards and exports produce) composes to "é",
 * which is GSM: lossless, so it is safe to offer.
 */
function composeWithNextMark(text: string, i: number): string | null {
  const next = text.charCodeAt(i + 1);
  if (!(next >= 0x0300 && next <= 0x036f)) return null;
  const composed = text.slice(i, i + 2).normalize('NFC');
  return composed.length === 1 && GSM_COST_TABLE[composed.charCodeAt(0)] !== 0 ? composed : null;
}
