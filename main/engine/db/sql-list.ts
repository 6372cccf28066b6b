/**
 * Renders fixed words from our own code (ledger states, error codes) as a SQL list of quoted
 * literals, `'a', 'b'`, so a query can be built from the one place a set is defined. Anything
 * that is not a plain lower-case word is refused: user text never becomes SQL this way.
 */
export function sqlList(values: Iterable<string>): string {
  const words = [...values];
  if (words.length === 0) throw new Error('sqlList: an empty list matches nothing');
  for (const w of words) {
    if (!/^[a-z][a-z0-9_]*$/.test(w)) throw new Error(`sqlList: not a plain word: ${w}`);
  }
  return words.map((w) => `'${w}'`).join(', ');
}

/** Escapes LIKE's wildcards (and the escape itself) for a pattern with `ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
