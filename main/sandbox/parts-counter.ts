// The sandbox's own counter, kept separate from the app's shared one on purpose: the sandbox plays
// CommPeak, and a bug shared by both sides would hide itself in tests.
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

/** GSM-7: 160 in one part, 153 per part when split; UCS-2: 70 and 67. Empty text is 0 parts. */
export function countParts(text: string): PartsCount {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (basic.has(ch)) septets += 1;
    else if (extension.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) {
    const parts = septets === 0 ? 0 : septets <= 160 ? 1 : Math.ceil(septets / 153);
    return { encoding: 'gsm7', units: septets, parts };
  }
  const units = text.length;
  const parts = units <= 70 ? 1 : Math.ceil(units / 67);
  return { encoding: 'ucs2', units, parts };
}
