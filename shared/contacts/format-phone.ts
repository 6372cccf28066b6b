import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * An E.164 number as people read it, "+972 52-426-5292" (libphonenumber's international format,
 * grouped the way the country writes it). A number the library cannot group stays as stored.
 */
export function formatPhoneInternational(e164: string): string {
  try {
    return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
  } catch {
    return e164;
  }
}
