// The sandbox's own counter, kept separate from the app's shared one on purpose: the sandbox plays
// CommPeak, and a bug shared by both sides would hide itself in tests. A property test
// (test/unit/sandbox/parts-counter-property.test.ts) checks that the two agree.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡' +
  'ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[~]|€\f';

const basic = new Set(GSM_BASIC);
const extension = new Set(GSM_EXTENSION);

export interface PartsCount {
  readonly encoding: 'gsm7' | 'ucs2';
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  readonly units: number;
  readonly parts: number;
}

/** Septets of one character in GSM-7, or 0 when it has none. */
function septetsOf(ch: string): number {
  return basic.has(ch) ? 1 : extension.has(ch) ? 2 : 0;
}

/**
 * How many parts the text fills at `capacity` units each when no character is split between
 * two parts: an ESC + character pair (2 septets) or a surrogate pair (2 code units) that does
 * not fit moves whole to the next part, as a handset reassembles it.
 */
function packedParts(text: string, capacity: number, width: (ch: string) => number): number {
  let parts = 1;
  let used = 0;
  for (const ch of text) {
    const w = width(ch);
    if (used + w > capacity) {
      parts += 1;
      used = w;
    } else used += w;
  }
  return parts;
}

/** GSM-7: 160 in one part, 153 per part when split; UCS-2: 70 and 67. Empty text is 0 parts. */
export function countParts(text: string): PartsCount {
  // `for…of` walks code points, so a surrogate pair is one character (2 UTF-16 units).
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    const w = septetsOf(ch);
    if (w === 0) {
      gsm = false;
      break;
    }
    septets += w;
  }
  if (gsm) {
    const parts = septets === 0 ? 0 : septets <= 160 ? 1 : packedParts(text, 153, septetsOf);
    return { encoding: 'gsm7', units: septets, parts };
  }
  const units = text.length;
  const parts = units <= 70 ? 1 : packedParts(text, 67, (ch) => ch.length);
  return { encoding: 'ucs2', units, parts };
}
