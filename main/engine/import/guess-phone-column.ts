import { toSnakeCase } from '../../../shared/contacts/field-names';

const PHONE_HEADER =
  /phone|mobile|msisdn|number|^num$|^no$|tel|cell|handy|gsm|whatsapp|nummer|numero|número|celular|movil|móvil|portable|telefon|טלפון|נייד|פלאפון|هاتف|جوال|موبايل|رقم|телефон|номер/iu;
// Digits with optional "+" once separators are gone, or Excel's scientific notation (a mangled
// phone column is still the phone column).
const PHONE_LIKE = /^\+?\d{7,15}$/;
const SCIENTIFIC = /^\d+(?:[.,]\d+)?[eE]\+?\d+$/;
const SEPARATORS = /[\s.\-()'="]/g;

export function looksLikePhone(value: string): boolean {
  const trimmed = value.trim();
  return PHONE_LIKE.test(trimmed.replace(SEPARATORS, '')) || SCIENTIFIC.test(trimmed);
}

export function isPhoneHeader(header: string): boolean {
  return PHONE_HEADER.test(header) || PHONE_HEADER.test(toSnakeCase(header));
}

/**
 * Picks the column most likely to hold phone numbers: the share of sample values that look like
 * one, plus a bonus for a phone-ish header. Null when nothing qualifies (the user must choose).
 */
export function guessPhoneColumn(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  columnCount: number,
): number | null {
  if (columnCount === 1) return 0;
  let best: number | null = null;
  let bestScore = 0;
  for (let column = 0; column < columnCount; column++) {
    let filled = 0;
    let phoneLike = 0;
    for (const row of rows) {
      const value = row[column];
      if (value === undefined || value.trim() === '') continue;
      filled++;
      if (looksLikePhone(value)) phoneLike++;
    }
    const valueScore = filled === 0 ? 0 : phoneLike / filled;
    const headerMatch = isPhoneHeader(headers[column] ?? '');
    if (!headerMatch && valueScore < 0.5) continue;
    const score = valueScore + (headerMatch ? 0.6 : 0);
    if (score > bestScore) {
      best = column;
      bestScore = score;
    }
  }
  return best;
}
