import { endOf, startOf, type TextView } from './redact-view';

/** Any run of this many consecutive characters of a token counts as the token. */
export const WINDOW = 8;

interface Needle {
  readonly text: string;
  /** Compare ASCII letters case-insensitively (plain text and hex) or exactly (base64). */
  readonly foldCase: boolean;
}

/**
 * All needles, keyed by a hash of their first `key` characters case-folded: one rolling hash
 * over the text finds candidates for every form at once, and a bitset rejects most positions
 * without a map look-up.
 */
export interface CompiledSecrets {
  readonly key: number;
  readonly byHash: ReadonlyMap<number, readonly Needle[]>;
  readonly filter: Uint8Array;
  /**
   * A bitset of the needles' first two characters, case-folded (hashed to 16 bits): a text
   * position whose two characters are not in it starts no needle, so the text's hash is taken
   * only where one might.
   */
  readonly starts: Uint8Array;
}

const BASE = 0x01000193;

const fold = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
const canonical = (c: number) => (c === 0x20 ? 0x2b : c);
const bucket = (h: number) => ((h >>> 16) ^ h) & 0xffff;
const pairBit = (a: number, b: number) => (Math.imul(a, 0x9e37) ^ b) & 0xffff;
const has = (bits: Uint8Array, bit: number) => ((bits[bit >> 3] ?? 0) & (1 << (bit & 7))) !== 0;

function hashOf(text: string, length: number): number {
  let h = 0;
  for (let i = 0; i < length; i++) h = (Math.imul(h, BASE) + fold(text.charCodeAt(i))) | 0;
  return h;
}

function windowsOf(text: string, size: number): string[] {
  if (text.length <= size) return [text];
  const out: string[] = [];
  for (let i = 0; i + size <= text.length; i++) out.push(text.slice(i, i + size));
  return out;
}

/**
 * Base64 characters fully determined by `bytes` when they sit `alignment` bytes after a 3-byte
 * boundary inside some longer blob: those characters appear whatever surrounds the token.
 */
function base64Core(bytes: Buffer, alignment: number, urlSafe: boolean): string {
  const padded = Buffer.concat([Buffer.alloc(alignment), bytes]);
  const encoded = padded.toString(urlSafe ? 'base64url' : 'base64');
  const first = Math.ceil((alignment * 8) / 6);
  const end = Math.floor(((alignment + bytes.length) * 8) / 6);
  return encoded.slice(first, end);
}

/**
 * Every needle for the given secrets: each WINDOW-long run of the token (case-insensitive,
 * space = `+`), the same runs as hex, and as base64/base64url at each of the three byte
 * alignments (exact case). Secrets shorter than WINDOW are matched whole.
 */
export function compileSecrets(secrets: readonly string[]): CompiledSecrets {
  const needles: Needle[] = [];
  const add = (needle: string, foldCase: boolean) => {
    if (needle.length < 4) return;
    const canon = [...needle]
      .map((ch) => String.fromCharCode(canonical(ch.charCodeAt(0))))
      .join('');
    const text = foldCase ? canon.replace(/[A-Z]/g, (ch) => ch.toLowerCase()) : canon;
    if (!needles.some((n) => n.text === text && n.foldCase === foldCase)) {
      needles.push({ text, foldCase });
    }
  };
  for (const secret of secrets) {
    for (const run of windowsOf(secret, WINDOW)) {
      add(run, true);
      const bytes = Buffer.from(run, 'utf8');
      add(bytes.toString('hex'), true);
      for (const alignment of [0, 1, 2]) {
        add(base64Core(bytes, alignment, false), false);
        add(base64Core(bytes, alignment, true), false);
      }
    }
  }
  const key = Math.min(WINDOW, ...needles.map((n) => n.text.length));
  const byHash = new Map<number, Needle[]>();
  const filter = new Uint8Array(8192);
  const starts = new Uint8Array(8192);
  for (const needle of needles) {
    const pair = pairBit(fold(needle.text.charCodeAt(0)), fold(needle.text.charCodeAt(1)));
    starts[pair >> 3] = (starts[pair >> 3] ?? 0) | (1 << (pair & 7));
    const h = hashOf(needle.text, key);
    byHash.set(h, [...(byHash.get(h) ?? []), needle]);
    const b = bucket(h);
    filter[b >> 3] = (filter[b >> 3] ?? 0) | (1 << (b & 7));
  }
  return { key, byHash, filter, starts };
}

/** Spans [start, end) of the original text where a needle was found in this view. */
export function findInView(
  view: TextView,
  compiled: CompiledSecrets,
  out: [number, number][],
): void {
  const { codes, folded } = view;
  const { key, byHash, filter } = compiled;
  const n = codes.length;
  if (byHash.size === 0 || n < key) return;
  let pow = 1;
  for (let k = 1; k < key; k++) pow = Math.imul(pow, BASE);
  let h = 0;
  for (let i = 0; i < key; i++) h = (Math.imul(h, BASE) + (folded[i] ?? 0)) | 0;
  for (let i = 0; ; i++) {
    const b = bucket(h);
    if (((filter[b >> 3] ?? 0) & (1 << (b & 7))) !== 0) {
      for (const needle of byHash.get(h) ?? []) {
        const L = needle.text.length;
        if (i + L <= n && sameAt(needle.text, needle.foldCase ? folded : codes, i)) {
          out.push([startOf(view, i), endOf(view, i + L - 1)]);
        }
      }
    }
    if (i + key >= n) break;
    h = (Math.imul((h - Math.imul(folded[i] ?? 0, pow)) | 0, BASE) + (folded[i + key] ?? 0)) | 0;
  }
}

const SPACE = 0x20;
const PLUS = 0x2b;
/** A text's code at `i` as its identity view holds it: space canonicalised to `+`. */
const codeAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === SPACE ? PLUS : c;
};

/**
 * `findInView` on the text itself (its identity view), read straight from the string, with no
 * view built for every reply. A needle can start only where the text's next two characters
 * (case-folded) are some needle's first two: only there is the hash of the next `key`
 * characters taken and compared as `findInView` does, so it finds exactly what that finds.
 */
export function findInText(text: string, compiled: CompiledSecrets, out: [number, number][]): void {
  const { key, byHash, filter, starts } = compiled;
  const n = text.length;
  if (byHash.size === 0 || n < key) return;
  let next = fold(codeAt(text, 0));
  for (let i = 0; i + key <= n; i++) {
    const first = next;
    next = fold(codeAt(text, i + 1));
    if (!has(starts, pairBit(first, next))) continue;
    let h = 0;
    for (let k = 0; k < key; k++) h = (Math.imul(h, BASE) + fold(codeAt(text, i + k))) | 0;
    if (!has(filter, bucket(h))) continue;
    for (const needle of byHash.get(h) ?? []) {
      const L = needle.text.length;
      if (i + L <= n && sameInText(needle, text, i)) out.push([i, i + L]);
    }
  }
}

function sameInText(needle: Needle, text: string, from: number): boolean {
  const t = needle.text;
  for (let k = 0; k < t.length; k++) {
    const c = codeAt(text, from + k);
    if (t.charCodeAt(k) !== (needle.foldCase ? fold(c) : c)) return false;
  }
  return true;
}

function sameAt(needle: string, arr: Uint16Array, from: number): boolean {
  for (let k = 0; k < needle.length; k++) if (needle.charCodeAt(k) !== arr[from + k]) return false;
  return true;
}
