/** Names for characters people cannot tell apart or cannot see at all. */
const NAMES: Readonly<Record<string, string>> = {
  '\u2018': 'left single quote',
  '\u2019': 'right single quote',
  '\u201C': 'left double quote',
  '\u201D': 'right double quote',
  '\u201E': 'low double quote',
  '\u2013': 'en dash',
  '\u2014': 'em dash',
  '\u2026': 'ellipsis',
  '\u00A0': 'no-break space',
  '\u202F': 'narrow no-break space',
  '\u2009': 'thin space',
  '\u200B': 'zero-width space',
  '\u00AD': 'soft hyphen',
  '\uFEFF': 'byte order mark',
  '\t': 'tab',
  '\u2022': 'bullet',
  '\u00AB': 'left guillemet',
  '\u00BB': 'right guillemet',
};

/** What to show for a character: itself when visible, a name for the invisible ones. */
export function visibleChar(char: string): string {
  if (/^\s$/u.test(char) || /[\u200B-\u200D\u2060\uFEFF\u00AD]/u.test(char)) return '␣';
  return char;
}

/** "’ right single quote (U+2019)" */
export function describeChar(char: string, codePoint: string): string {
  const name = NAMES[char];
  return name ? `${name} (${codePoint})` : codePoint;
}
