import type { NumberType } from 'libphonenumber-js/max';
import { numberTypeOf } from './number-type';
import { parsePhoneNumber } from './parse-phone-number';
import type { ZoneMap } from './zone-map';

/** Where a recipient's local time comes from, decided once when the ledger row is made. */
export interface NumberZone {
  /** The IANA zone to keep the sending window in; null: use the country's zones instead. */
  readonly zone: string | null;
  /** The number could be in zones with different clocks; the latest of them was chosen. */
  readonly uncertain: boolean;
}

const UNKNOWN: NumberZone = { zone: null, uncertain: false };

/** Countries whose mobile numbers carry a region (libphonenumber's own list). */
const GEOGRAPHIC_MOBILE = new Set(['52', '54', '55', '62', '86']);

/**
 * Java's PhoneNumberUtil.isNumberGeographical: fixed lines, numbers that may be either, and
 * mobiles in the few countries whose mobile prefixes are regional.
 */
function isGeographic(type: NumberType, callingCode: string): boolean {
  if (type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE') return true;
  return type === 'MOBILE' && GEOGRAPHIC_MOBILE.has(callingCode);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** UTC offset of `zone` at `atMs`, in minutes (east positive). */
function offsetMinutes(zone: string, atMs: number): number | null {
  try {
    let format = offsetFormats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      offsetFormats.set(zone, format);
    }
    const parts = format.formatToParts(atMs);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    if (!m) return 0; // "GMT" alone
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return m[1] === '-' ? -minutes : minutes;
  } catch {
    return null; // a zone this ICU does not know
  }
}

/**
 * The zone of one E.164 number (PhoneNumberToTimeZonesMapper.getTimeZonesForNumber): a number
 * of unknown type has none; a non-geographic one (most mobiles, toll-free) gets its country's
 * list; a geographic one the longest prefix's list. When the zones left have different clocks,
 * the latest one (smallest UTC offset at `atMs`) is kept, so nobody gets a message before their
 * window opens, and the row is marked uncertain.
 */
export function zoneOfNumber(e164: string, map: ZoneMap, atMs: number): NumberZone {
  if (map.size === 0) return UNKNOWN;
  let type: NumberType;
  let callingCode: string;
  try {
    // The import's parse (parse-phone-number.ts): the library's, without its per-call wrapping.
    const parsed = parsePhoneNumber(e164, undefined);
    if (!parsed) return UNKNOWN;
    type = numberTypeOf(parsed);
    callingCode = parsed.countryCallingCode;
  } catch {
    return UNKNOWN;
  }
  if (type === undefined) return UNKNOWN;
  const digits = e164.replace(/\D/g, '');
  const zones = isGeographic(type, callingCode) ? map.lookup(digits) : map.lookup(callingCode);
  if (!zones) return UNKNOWN;
  if (zones.length === 1) return { zone: zones[0] ?? null, uncertain: false };
  let best: { zone: string; offset: number } | null = null;
  let differ = false;
  for (const zone of zones) {
    const offset = offsetMinutes(zone, atMs);
    if (offset === null) continue;
    if (best && offset !== best.offset) differ = true;
    if (!best || offset < best.offset) best = { zone, offset };
  }
  return best ? { zone: best.zone, uncertain: differ } : UNKNOWN;
}
