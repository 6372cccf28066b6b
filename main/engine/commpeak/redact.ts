import { compileSecrets, findInText, findInView, type CompiledSecrets } from './redact-match';
import { decodeView, identityView, INVISIBLE } from './redact-view';

export const REDACTED = '[redacted]';

/**
 * Shorter "secrets" (sandbox tokens like `t1`) are not redacted: replacing every `t1` in a text
 * would garble it, and no real CommPeak token is that short.
 */
export const MIN_SECRET_LENGTH = 4;

const AUTH_HEADER = /(authorization["']?\s*[:=]\s*["']?)[^\s"',}]+/gi;
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]*@/gi;
// Non-global twins for testing (a /g regex keeps state between .test calls).
const HAS_AUTH_HEADER = new RegExp(AUTH_HEADER.source, 'i');
const HAS_URL_PASSWORD = new RegExp(URL_PASSWORD.source, 'i');
const HAS_AUTH_WORD = /authorization/i;
/** A backslash, percent or ampersand: what identityView's `mayDecode` looks for. */
const MAY_DECODE = /[\\%&]/;
/** A redacted span grows to the rest of its word, so no tail of an encoded token is left. */
const WORD_STOP = /[\s"'`<>()[\]{},;&=]/;

const cache = new Map<string, CompiledSecrets>();
// The client builds one secrets array per call and redacts every field of the reply with it.
const byArray = new WeakMap<readonly string[], CompiledSecrets>();

function compiled(secrets: readonly string[]): CompiledSecrets {
  const known = byArray.get(secrets);
  if (known) return known;
  const usable = [
    ...new Set(secrets.map((s) => s.trim()).filter((s) => s.length >= MIN_SECRET_LENGTH)),
  ];
  const key = usable.join('\u0000');
  let found = cache.get(key);
  if (!found) {
    found = compileSecrets(usable);
    // A handful of streams at a time; the cache only saves recompiling per reply.
    if (cache.size >= 32) cache.clear();
    cache.set(key, found);
  }
  byArray.set(secrets, found);
  return found;
}

/** Spans of `text` (invisibles already stripped) holding any form of any secret. */
function secretSpans(text: string, secrets: readonly string[]): [number, number][] {
  const needles = compiled(secrets);
  const spans: [number, number][] = [];
  if (needles.byHash.size === 0 || text.length === 0) return spans;
  findInText(text, needles, spans);
  // The decoded views are built only for a text a decoding round could change.
  if (!MAY_DECODE.test(text)) return spans;
  let view = identityView(text);
  for (let round = 0; round < 2 && view.mayDecode; round++) {
    view = decodeView(view);
    findInView(view, needles, spans);
  }
  return spans;
}

function widen(text: string, spans: [number, number][]): [number, number][] {
  const sorted = spans
    .map(([s, e]): [number, number] => {
      let start = s;
      let end = e;
      while (start > 0 && !WORD_STOP.test(text[start - 1] ?? ' ')) start -= 1;
      while (end < text.length && !WORD_STOP.test(text[end] ?? ' ')) end += 1;
      return [start, end];
    })
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/**
 * Last line of defence against leaking a token, for free text (audit bodies, error messages):
 * every form of each secret — any case, JSON/`\u`/percent/HTML-entity escaped (once or twice),
 * `+` for space, base64 or base64url at any alignment, hex, with invisible characters inside,
 * or any run of 8+ of its characters — is cut out with the rest of its word and replaced by
 * `[redacted]`; so are `Authorization:` values and `user:password@` in URLs. Invisible and
 * bidi characters are removed from the whole text.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const clean = text.replace(INVISIBLE, '');
  const spans = widen(clean, secretSpans(clean, secrets));
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += clean.slice(at, start) + REDACTED;
    at = end;
  }
  out += clean.slice(at);
  // Cheap checks first: these two patterns are slow to scan for on every reply.
  if (HAS_AUTH_WORD.test(out)) out = out.replace(AUTH_HEADER, `$1${REDACTED}`);
  if (out.includes('://')) out = out.replace(URL_PASSWORD, `$1${REDACTED}@`);
  return out;
}

/** Whether any form of a secret (as `redactSecrets` sees them) is in `text`. */
export function containsSecret(text: string, secrets: readonly string[]): boolean {
  const clean = text.replace(INVISIBLE, '');
  return (
    secretSpans(clean, secrets).length > 0 ||
    HAS_AUTH_HEADER.test(clean) ||
    HAS_URL_PASSWORD.test(clean)
  );
}

/**
 * For one field of a reply (a uuid, a status, an error code, a detail): if it holds any form of
 * a secret the whole field becomes `[redacted]`, so no part of it is stored, shown or used
 * (a withheld uuid is never polled). Otherwise the field comes back without invisible characters.
 */
export function redactField(value: string, secrets: readonly string[]): string {
  return containsSecret(value, secrets) ? REDACTED : value.replace(INVISIBLE, '');
}
