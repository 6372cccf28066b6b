/**
 * GSM 03.38 (3GPP TS 23.038) default alphabet as a cost table over UTF-16 code units.
 *
 * Policy for position 0x09: we map it to capital Ç (U+00C7), as most provider tables and
 * counters print it. Unicode's GSM0338.TXT maps it to small ç, but providers that transcode
 * UTF-8 to GSM disagree, so lowercase ç is treated as non-GSM: it forces UCS-2, which costs
 * more but is never wrong on the handset.
 *
 * National language shift tables (Turkish, Spanish, Portuguese…) are out of scope: CommPeak
 * does not document support for them.
 */

/** The 127 characters of the basic table in code order (0x1B, the escape, is left out). */
export const GSM_BASIC_CHARS =
  '@£$¥èéùìòÇ\nØø\rÅå' +
  'Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ' +
  ' !"#¤%&\'()*+,-./' +
  '0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNO' +
  'PQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmno' +
  'pqrstuvwxyzäöñüà';

/** Characters reached through ESC (0x1B): each one costs 2 septets in GSM-7. */
export const GSM_EXTENSION_CHARS = '\f^{}\\[~]|€';

/** Septet cost of a UTF-16 code unit: 0 = not in GSM-7, 1 = basic table, 2 = extension table. */
export type GsmCost = 0 | 1 | 2;

// A full 64 K table keeps the hot loop to one indexed load with no range check; 64 KB is cheap.
const costTable = buildCostTable();

function buildCostTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < GSM_BASIC_CHARS.length; i++) table[GSM_BASIC_CHARS.charCodeAt(i)] = 1;
  for (let i = 0; i < GSM_EXTENSION_CHARS.length; i++) {
    table[GSM_EXTENSION_CHARS.charCodeAt(i)] = 2;
  }
  return table;
}

/** The shared table itself, for hot loops that index it directly. Do not write to it. */
export const GSM_COST_TABLE: Uint8Array = costTable;

/** Septet cost of one UTF-16 code unit (surrogates are never GSM, so they cost 0 here). */
export function gsmCost(codeUnit: number): GsmCost {
  return (costTable[codeUnit] ?? 0) as GsmCost;
}

/** True when a single character (one code point) can be written in GSM-7. */
export function isGsmChar(char: string): boolean {
  return char.length === 1 && costTable[char.charCodeAt(0)] !== 0;
}

/** True when every character of the text fits GSM-7 (the empty text does). */
export function isGsmText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (costTable[text.charCodeAt(i)] === 0) return false;
  }
  return true;
}
