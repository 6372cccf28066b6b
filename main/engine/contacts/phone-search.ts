/**
 * The digits that find an E.164 number from what a user types: "052-426", "+97252426",
 * "00972 52" and the national form with its trunk zero ("0524265") all find +972524265292.
 * Null when the text is not number-like (letters) or has fewer than three digits.
 */
export function phoneSearchDigits(search: string): { digits: string; withoutTrunk: string } | null {
  if (!/^[+\d\s().-]+$/.test(search)) return null;
  let digits = search.replace(/\D/g, '');
  if (search.trim().startsWith('00')) digits = digits.slice(2);
  if (digits.length < 3) return null;
  const withoutTrunk = digits.replace(/^0+/, '');
  return { digits, withoutTrunk: withoutTrunk === '' ? digits : withoutTrunk };
}

/** `phoneSearchDigits` as LIKE patterns (the opt-out list searches its phone column). */
export function phoneSearchPatterns(search: string): [string, string] | null {
  const found = phoneSearchDigits(search);
  return found ? [`%${found.digits}%`, `%${found.withoutTrunk}%`] : null;
}
