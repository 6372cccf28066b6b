/**
 * LIKE patterns that find an E.164 number from what a user types: "052-426", "+97252426",
 * "00972 52" and the national form with its trunk zero ("0524265") all match +972524265292.
 * Null when the text is not number-like (letters) or has fewer than three digits.
 */
export function phoneSearchPatterns(search: string): [string, string] | null {
  if (!/^[+\d\s().-]+$/.test(search)) return null;
  let digits = search.replace(/\D/g, '');
  if (search.trim().startsWith('00')) digits = digits.slice(2);
  if (digits.length < 3) return null;
  const withoutTrunk = digits.replace(/^0+/, '');
  return [`%${digits}%`, `%${withoutTrunk === '' ? digits : withoutTrunk}%`];
}
