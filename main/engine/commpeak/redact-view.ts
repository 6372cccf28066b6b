/**
 * A "view" of a text: its characters after one round of decoding, each mapped back to the span
 * of the original text it came from, so a token found in the decoded characters can be cut out
 * of the original. Matching runs on the text itself and on up to two decoded views (a token
 * may have been escaped twice, e.g. percent-encoded inside a JSON string).
 */
export interface TextView {
  /** UTF-16 code units, with space canonicalised to `+` (form encoding writes one as the other). */
  readonly codes: Uint16Array;
  /** The same codes with ASCII letters lower-cased. */
  readonly folded: Uint16Array;
  /** Whether a decoding round could change anything (a backslash, percent or ampersand). */
  readonly mayDecode: boolean;
  /** Original offsets: the code at i came from text[starts[i], ends[i]); null = [i, i + 1). */
  readonly starts: Int32Array | null;
  readonly ends: Int32Array | null;
}

/**
 * Characters a reply can hide inside a token so that a plain search misses it: zero-width
 * space/non-joiner/joiner, LRM/RLM, bidi embeddings and isolates, word joiner and invisible
 * operators, soft hyphen, Arabic letter mark, Mongolian vowel separator, BOM.
 */
export const INVISIBLE =
  /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function isInvisible(code: number): boolean {
  return (
    code === 0xad ||
    code === 0x61c ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

const SPACE = 0x20;
const PLUS = 0x2b;
const canonical = (code: number) => (code === SPACE ? PLUS : code);

/** The text itself as a view (identity spans). */
const fold = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
const escapes = (c: number) => c === 0x5c || c === 0x25 || c === 0x26;

export function identityView(text: string): TextView {
  const n = text.length;
  const codes = new Uint16Array(n);
  const folded = new Uint16Array(n);
  let mayDecode = false;
  for (let i = 0; i < n; i++) {
    const c = canonical(text.charCodeAt(i));
    codes[i] = c;
    folded[i] = fold(c);
    if (escapes(c)) mayDecode = true;
  }
  return { codes, folded, mayDecode, starts: null, ends: null };
}

export const startOf = (view: TextView, i: number): number =>
  view.starts ? (view.starts[i] ?? 0) : i;
export const endOf = (view: TextView, i: number): number =>
  view.ends ? (view.ends[i] ?? 0) : i + 1;

function hexAt(codes: Uint16Array, at: number, digits: number): number {
  if (at + digits > codes.length) return -1;
  let value = 0;
  for (let i = at; i < at + digits; i++) {
    const c = codes[i] ?? 0;
    const d =
      c >= 0x30 && c <= 0x39
        ? c - 0x30
        : c >= 0x61 && c <= 0x66
          ? c - 0x57
          : c >= 0x41 && c <= 0x46
            ? c - 0x37
            : -1;
    if (d < 0) return -1;
    value = value * 16 + d;
  }
  return value;
}

const SIMPLE_ESCAPES: Record<number, number> = {
  0x22: 0x22, // \"
  0x27: 0x27, // \'
  0x2f: 0x2f, // \/
  0x5c: 0x5c, // \\
  0x62: 0x08,
  0x66: 0x0c,
  0x6e: 0x0a,
  0x72: 0x0d,
  0x74: 0x09,
};

const NAMED_ENTITIES: Record<string, number> = {
  amp: 0x26,
  quot: 0x22,
  apos: 0x27,
  lt: 0x3c,
  gt: 0x3e,
};

/** Percent-encoded UTF-8 (`%E2%80%8B`): the code point and how many input codes it used. */
function percentUtf8(codes: Uint16Array, at: number): [number, number] | null {
  const lead = hexAt(codes, at + 1, 2);
  if (lead < 0) return null;
  if (lead < 0x80) return [lead, 3];
  const extra = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : -1;
  if (extra < 0) return null;
  let point = lead & (0x3f >> extra);
  for (let k = 1; k <= extra; k++) {
    const p = at + 3 * k;
    if (codes[p] !== 0x25) return null;
    const b = hexAt(codes, p + 1, 2);
    if (b < 0x80 || b > 0xbf) return null;
    point = (point << 6) | (b & 0x3f);
  }
  return [point, 3 * (extra + 1)];
}

/** `&#x61;`, `&#97;`, `&amp;`: the code point and the length used. */
function entity(codes: Uint16Array, at: number): [number, number] | null {
  const end = Math.min(codes.length, at + 12);
  let semi = -1;
  for (let i = at + 1; i < end; i++) {
    if (codes[i] === 0x3b) {
      semi = i;
      break;
    }
  }
  if (semi < 0) return null;
  const body = String.fromCharCode(...codes.subarray(at + 1, semi)).toLowerCase();
  const named = NAMED_ENTITIES[body];
  if (named !== undefined) return [named, semi - at + 1];
  const m = /^#(?:x([0-9a-f]{1,6})|(\d{1,7}))$/.exec(body);
  if (!m) return null;
  const point = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
  return point <= 0x10ffff ? [point, semi - at + 1] : null;
}

/** One round of decoding: backslash escapes, percent-encoding, HTML entities; drops invisibles. */
export function decodeView(view: TextView): TextView {
  const { codes } = view;
  const n = codes.length;
  const out = new Uint16Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let o = 0;
  const emit = (point: number, from: number, used: number) => {
    if (isInvisible(point)) return;
    const start = startOf(view, from);
    const end = endOf(view, from + used - 1);
    const units =
      point > 0xffff
        ? [0xd800 + ((point - 0x10000) >> 10), 0xdc00 + ((point - 0x10000) & 0x3ff)]
        : [point];
    for (const u of units) {
      out[o] = canonical(u);
      starts[o] = start;
      ends[o] = end;
      o += 1;
    }
  };
  let i = 0;
  while (i < n) {
    const c = codes[i] ?? 0;
    let decoded: [number, number] | null = null;
    if (c === 0x5c) {
      const next = codes[i + 1] ?? 0;
      if (next === 0x75) {
        const u = hexAt(codes, i + 2, 4);
        if (u >= 0) decoded = [u, 6];
      } else if (next === 0x78) {
        const x = hexAt(codes, i + 2, 2);
        if (x >= 0) decoded = [x, 4];
      } else if (SIMPLE_ESCAPES[next] !== undefined) decoded = [SIMPLE_ESCAPES[next], 2];
    } else if (c === 0x25) decoded = percentUtf8(codes, i);
    else if (c === 0x26) decoded = entity(codes, i);
    const [point, used] = decoded ?? [c, 1];
    // A surrogate pair encoded as two \u escapes stays two code units; that is fine for ASCII tokens.
    emit(point, i, used);
    i += used;
  }
  const codesOut = out.subarray(0, o);
  const folded = new Uint16Array(o);
  let mayDecode = false;
  for (let k = 0; k < o; k++) {
    const c = codesOut[k] ?? 0;
    folded[k] = fold(c);
    if (escapes(c)) mayDecode = true;
  }
  return {
    codes: codesOut,
    folded,
    mayDecode,
    starts: starts.subarray(0, o),
    ends: ends.subarray(0, o),
  };
}
