/**
 * Appends the opt-out footer on its own line unless the text already contains it
 * (compared case-insensitively, ignoring surrounding whitespace), so applying it twice is safe.
 */
export function appendOptOutFooter(text: string, footer: string): string {
  const cleanFooter = footer.trim();
  if (cleanFooter === '') return text;
  if (text.toLowerCase().includes(cleanFooter.toLowerCase())) return text;
  const body = text.replace(/\s+$/u, '');
  return body === '' ? cleanFooter : `${body}\n${cleanFooter}`;
}
