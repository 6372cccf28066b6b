/** Numbers pasted one per line or separated by commas/semicolons; blanks dropped, repeats kept once. */
export function parseNumbers(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\n\r,;]+/)) {
    const value = part.trim();
    if (value !== '') seen.add(value);
  }
  return [...seen];
}
