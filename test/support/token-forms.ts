/**
 * Every form in which a hostile or careless server may echo a stream token back, one row each.
 * Used by the redaction table test, the echoing server of the e2e test and its scans. The forms
 * are built here independently of main/engine/commpeak/redact.ts, so the tests do not grade the
 * redaction with its own code.
 */

export interface TokenForm {
  readonly name: string;
  readonly text: string;
  /** The form only exists for a token with a space in it (not sendable in a header). */
  readonly needsSpace?: boolean;
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');
const u4 = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

function base64At(token: string, alignment: 0 | 1 | 2, urlSafe: boolean): string {
  // The token somewhere inside a longer binary blob, `alignment` bytes after a 3-byte boundary.
  const before = Buffer.from([0xfb, 0xff, 0x7e, 0x01, 0x02].slice(0, 3 + alignment));
  const after = Buffer.from([0xfe, 0xef, 0x10, 0x3f]);
  const blob = Buffer.concat([before, Buffer.from(token, 'utf8'), after]);
  return blob.toString(urlSafe ? 'base64url' : 'base64');
}

function insertEvery(token: string, filler: string, every = 3): string {
  return [...token].map((ch, i) => (i > 0 && i % every === 0 ? filler + ch : ch)).join('');
}

function alternateCase(token: string): string {
  return [...token].map((ch, i) => (i % 2 ? ch.toLowerCase() : ch.toUpperCase())).join('');
}

/** The forms of `token`; the token must be at least 20 characters. */
export function tokenForms(token: string): TokenForm[] {
  if (token.length < 20) throw new Error('tokenForms wants a token of 20+ characters');
  const bytes = Buffer.from(token, 'utf8');
  const b64 = bytes.toString('base64');
  const b64url = bytes.toString('base64url');
  const everyByte = [...bytes].map((b) => `%${hex2(b).toUpperCase()}`).join('');
  const forms: TokenForm[] = [
    { name: 'exact', text: token },
    { name: 'upper case', text: token.toUpperCase() },
    { name: 'lower case', text: token.toLowerCase() },
    { name: 'alternating case', text: alternateCase(token) },
    {
      name: 'JSON-escaped (\\/ and \\")',
      text: JSON.stringify(token).slice(1, -1).replace(/\//g, '\\/'),
    },
    { name: '\\uXXXX every character', text: [...token].map(u4).join('') },
    {
      name: '\\uXXXX some characters, upper-case hex',
      text: [...token]
        .map((ch, i) => (i % 3 === 1 ? `\\u${u4(ch).slice(2).toUpperCase()}` : ch))
        .join(''),
    },
    { name: 'percent-encoded (encodeURIComponent)', text: encodeURIComponent(token) },
    { name: 'percent-encoded every byte', text: everyByte },
    { name: 'percent-encoded, lower-case hex', text: everyByte.toLowerCase() },
    { name: 'double percent-encoded', text: encodeURIComponent(everyByte) },
    {
      name: 'form-encoded with + for space',
      text: encodeURIComponent(`${token.slice(0, 10)} ${token.slice(10)}`).replace(/%20/g, '+'),
      needsSpace: true,
    },
    { name: 'base64', text: b64 },
    { name: 'base64 without padding', text: b64.replace(/=+$/, '') },
    { name: 'base64url', text: b64url },
    { name: 'base64url with padding', text: b64url + '='.repeat((4 - (b64url.length % 4)) % 4) },
    { name: 'inside base64, byte alignment 0', text: base64At(token, 0, false) },
    { name: 'inside base64, byte alignment 1', text: base64At(token, 1, false) },
    { name: 'inside base64, byte alignment 2', text: base64At(token, 2, false) },
    { name: 'inside base64url, byte alignment 1', text: base64At(token, 1, true) },
    { name: 'inside base64url, byte alignment 2', text: base64At(token, 2, true) },
    { name: 'zero-width space inside', text: insertEvery(token, '\u200b') },
    { name: 'zero-width joiner and non-joiner', text: insertEvery(token, '\u200d\u200c', 5) },
    { name: 'soft hyphen inside', text: insertEvery(token, '\u00ad', 4) },
    { name: 'byte order mark inside', text: insertEvery(token, '\ufeff', 7) },
    {
      name: 'bidi marks inside (LRM, RLM, RLO, isolates)',
      text: insertEvery(token, '\u200e\u202e\u2067\u2069\u200f', 6),
    },
    { name: 'zero-width space as \\u200b', text: insertEvery(token, '\\u200b', 4) },
    { name: 'zero-width space percent-encoded', text: insertEvery(token, '%E2%80%8B', 5) },
    { name: 'first 13 characters only', text: token.slice(0, 13) },
    { name: 'a middle run of 8 characters', text: token.slice(6, 14) },
    { name: 'last 9 characters, upper case', text: token.slice(-9).toUpperCase() },
    {
      name: 'HTML numeric entities',
      text: [...token].map((ch) => `&#x${ch.charCodeAt(0).toString(16)};`).join(''),
    },
    { name: 'hex of the bytes', text: bytes.toString('hex') },
    {
      name: 'inside a URL query',
      text: `https://api.example/x?token=${encodeURIComponent(token)}&a=1`,
    },
  ];
  return forms;
}

/** 8-character windows of the token, lower-cased: any of them appearing is a leak. */
export function tokenWindows(token: string, size = 8): string[] {
  const lower = token.toLowerCase();
  const out: string[] = [];
  for (let i = 0; i + size <= lower.length; i++) out.push(lower.slice(i, i + size));
  return out;
}

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function lenientPercentDecode(text: string): string {
  return text.replace(/%([0-9a-f]{2})/gi, (_, h: string) =>
    parseInt(h, 16) < 0x80 ? String.fromCharCode(parseInt(h, 16)) : `%${h}`,
  );
}

function unescapeBackslashes(text: string): string {
  return text
    .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(.)/g, '$1');
}

function decodeEntities(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, n: string) =>
    String.fromCodePoint(n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n)),
  );
}

/** Every base64-looking run decoded from each of its first four characters. */
function decodedBase64Runs(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/[A-Za-z0-9+/_-]{12,}/g) ?? []) {
    const std = run.replace(/-/g, '+').replace(/_/g, '/');
    for (let offset = 0; offset < 4; offset++) {
      out.push(Buffer.from(std.slice(offset), 'base64').toString('latin1'));
    }
  }
  return out;
}

function hexRuns(text: string): string[] {
  return (text.match(/(?:[0-9a-f]{2}){8,}/gi) ?? []).map((run) =>
    Buffer.from(run, 'hex').toString('latin1'),
  );
}

/**
 * Where a trace of `token` is in `text`, decoded the ways a reply could have encoded it
 * (case, invisible characters, backslash escapes, percent and double percent, `+` for space,
 * HTML entities, base64 at any offset, hex). Returns a short description of the first find, or
 * null. The test oracle: written without the production redaction code.
 */
export function findTokenTrace(text: string, token: string): string | null {
  const windows = tokenWindows(token);
  const spaced = tokenWindows(token.replace(/ /g, '+'));
  const base = text.replace(INVISIBLE, '');
  const views = new Map<string, string>([['as is', base]]);
  const once = unescapeBackslashes(
    decodeEntities(lenientPercentDecode(base.replace(/%E2%80%8[B-F]/gi, ''))),
  ).replace(INVISIBLE, '');
  views.set('decoded once', once);
  views.set(
    'decoded twice',
    unescapeBackslashes(lenientPercentDecode(once)).replace(INVISIBLE, ''),
  );
  for (const view of [...views.values()]) {
    decodedBase64Runs(view).forEach((d, i) => views.set(`base64 run ${i}`, d));
    hexRuns(view).forEach((d, i) => views.set(`hex run ${i}`, d));
  }
  for (const [how, view] of views) {
    const lower = view.toLowerCase();
    const canonical = lower.replace(/ /g, '+');
    const hit = windows.find((w) => lower.includes(w)) ?? spaced.find((w) => canonical.includes(w));
    if (hit !== undefined) {
      const at = lower.indexOf(hit);
      return `${how}: …${view.slice(Math.max(0, at - 20), at + 28)}…`;
    }
  }
  return null;
}
