import { GSM_COST_TABLE } from './gsm-charset';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** One SMS carries 140 octets; a concatenated part loses 6 of them to the UDH. */
export const GSM_SINGLE_PART = 160;
export const GSM_MULTI_PART = 153;
export const UCS2_SINGLE_PART = 70;
export const UCS2_MULTI_PART = 67;

export interface SegmentCount {
  encoding: SmsEncoding;
  /** Septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2. */
  units: number;
  /**
   * Billable parts. The empty text is 0 parts: we never send an empty message (compliance
   * rejects an empty template), so there is nothing to bill and nothing to show as "1 SMS".
   */
  parts: number;
  /** Capacity of one part for this message: 160 or 153 (GSM-7), 70 or 67 (UCS-2). */
  charsPerPart: number;
}

/** A fresh result object, for callers that keep one and pass it to `measureSegments`. */
export function emptySegmentCount(): SegmentCount {
  return { encoding: 'GSM-7', units: 0, parts: 0, charsPerPart: GSM_SINGLE_PART };
}

/**
 * Counts encoding, units and parts into `out` without allocating: the pre-flight calls this
 * once per rendered recipient (a million times), so it is one pass over the code units, plus
 * a second pass only for long messages whose packing needs care.
 */
export function measureSegments(text: string, out: SegmentCount): SegmentCount {
  const length = text.length;
  let septets = 0;
  for (let i = 0; i < length; i++) {
    const cost = GSM_COST_TABLE[text.charCodeAt(i)] as number;
    if (cost === 0) return measureUcs2(text, out);
    septets += cost;
  }
  out.encoding = 'GSM-7';
  out.units = septets;
  if (septets <= GSM_SINGLE_PART) {
    out.parts = septets === 0 ? 0 : 1;
    out.charsPerPart = GSM_SINGLE_PART;
    return out;
  }
  out.charsPerPart = GSM_MULTI_PART;
  // No extension characters means every septet is a whole character, so parts divide evenly.
  out.parts =
    septets === length ? Math.ceil(septets / GSM_MULTI_PART) : packGsm(text, GSM_MULTI_PART);
  return out;
}

function measureUcs2(text: string, out: SegmentCount): SegmentCount {
  const length = text.length;
  out.encoding = 'UCS-2';
  out.units = length;
  if (length <= UCS2_SINGLE_PART) {
    out.parts = 1;
    out.charsPerPart = UCS2_SINGLE_PART;
    return out;
  }
  out.charsPerPart = UCS2_MULTI_PART;
  out.parts = packUcs2(text, UCS2_MULTI_PART);
  return out;
}

/** Greedy packing: an ESC + character pair never straddles two parts, it moves wholly on. */
function packGsm(text: string, capacity: number): number {
  let parts = 1;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const cost = GSM_COST_TABLE[text.charCodeAt(i)] as number;
    if (used + cost > capacity) {
      parts++;
      used = cost;
    } else {
      used += cost;
    }
  }
  return parts;
}

/** Greedy packing: a surrogate pair (emoji) never splits across parts, it moves wholly on. */
function packUcs2(text: string, capacity: number): number {
  let parts = 1;
  let used = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const width = isSurrogatePairAt(text, i) ? 2 : 1;
    if (used + width > capacity) {
      parts++;
      used = width;
    } else {
      used += width;
    }
    i += width - 1;
  }
  return parts;
}

/** True when a high surrogate at `i` is followed by a low one (a lone surrogate is 1 unit). */
export function isSurrogatePairAt(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high > 0xdbff || i + 1 >= text.length) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/** Encoding, units and parts of a message (allocates one small object). */
export function countSegments(text: string): SegmentCount {
  return measureSegments(text, emptySegmentCount());
}

const scratch = emptySegmentCount();

/** Just the number of billable parts: the cheapest call for hot loops. */
export function countParts(text: string): number {
  return measureSegments(text, scratch).parts;
}
