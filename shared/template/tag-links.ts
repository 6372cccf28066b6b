import { URL_SHORTENERS } from '../compliance/url-shorteners';

/** Query parameters to add to every link, in order; values are plain text (encoded here). */
export type LinkParams = readonly (readonly [name: string, value: string])[];

export interface TaggedText {
  readonly text: string;
  /** Links that got the parameters. */
  readonly tagged: number;
  /** Shortener hosts whose links were left alone: their target is not ours to tag. */
  readonly shorteners: readonly string[];
}

// An http(s) link starts at a word boundary ("xhttps://" is not one) and runs over the characters
// RFC 3986 allows (letters of any script too, for IRIs) — so spaces, quotes, <>, {}, |, \ and ^
// end it. Trailing punctuation is trimmed afterwards (see `linkEnd`).
const LINK = /\bhttps?:\/\/[\p{L}\p{N}\-._~:/?#[\]@!$&'()*+,;=%]+/giu;
const TRAILING = /[.,;:!?'"*]/u;
const SHORTENERS = new Set<string>(URL_SHORTENERS);

/** Distinct links a tagger remembers; beyond that it works them out again (memory stays flat). */
const CACHE_LIMIT = 10_000;

/**
 * Adds `params` to every http(s) link in `text`, keeping each link's own query string (its own
 * values of the same parameters win) and fragment (the query goes before `#`). Text that is not
 * a link is never touched; links to public shorteners are left as they are and reported.
 */
export function tagLinks(text: string, params: LinkParams): TaggedText {
  return createLinkTagger(params)(text);
}

/**
 * `tagLinks` with fixed parameters, for rendering a whole audience: a campaign's links are
 * mostly the same few, so each one's tagged form is worked out once.
 */
export function createLinkTagger(params: LinkParams): (text: string) => TaggedText {
  const cache = new Map<string, string | null>();
  const tagged = (link: string): string | null => {
    let out = cache.get(link);
    if (out === undefined) {
      const host = hostOf(link);
      out = host === '' || isShortener(host) ? null : withParams(link, params);
      if (cache.size < CACHE_LIMIT) cache.set(link, out);
    }
    return out;
  };
  return (text) => tagWith(text, params, tagged);
}

function tagWith(
  text: string,
  params: LinkParams,
  tagged: (link: string) => string | null,
): TaggedText {
  if (params.length === 0 || !/https?:\/\//i.test(text)) {
    return { text, tagged: 0, shorteners: [] };
  }
  const shorteners = new Set<string>();
  let count = 0;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index;
    const link = match[0].slice(0, linkEnd(match[0]));
    out += text.slice(last, start);
    last = start + link.length;
    const withTags = tagged(link);
    if (withTags === null) {
      const host = hostOf(link);
      if (host !== '') shorteners.add(host.replace(/^www\./, ''));
      out += link;
      continue;
    }
    out += withTags;
    count += 1;
  }
  out += text.slice(last);
  return { text: out, tagged: count, shorteners: [...shorteners] };
}

/**
 * Where the link really ends: a sentence's full stop, comma or closing quote after it is not
 * part of it, nor is a closing bracket that it did not open ("(see https://x.com/a)").
 */
function linkEnd(candidate: string): number {
  let end = candidate.length;
  for (;;) {
    const ch = candidate[end - 1];
    if (ch === undefined) return end;
    if (TRAILING.test(ch)) {
      end -= 1;
      continue;
    }
    const open = ch === ')' ? '(' : ch === ']' ? '[' : null;
    if (open !== null && count(candidate, open, end) < count(candidate, ch, end)) {
      end -= 1;
      continue;
    }
    return end;
  }
}

function count(s: string, ch: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (s[i] === ch) n += 1;
  return n;
}

/** Lower-case host of a link ('' when there is none), without user info or port. */
function hostOf(link: string): string {
  const afterScheme = link.slice(link.indexOf('//') + 2);
  const authority = afterScheme.split(/[/?#]/u, 1)[0] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/u, '');
  return host.toLowerCase();
}

function isShortener(host: string): boolean {
  return SHORTENERS.has(host) || (host.startsWith('www.') && SHORTENERS.has(host.slice(4)));
}

function withParams(link: string, params: LinkParams): string {
  const hash = link.indexOf('#');
  const fragment = hash < 0 ? '' : link.slice(hash);
  let base = hash < 0 ? link : link.slice(0, hash);
  const schemeEnd = base.indexOf('//') + 2;
  // "https://shop.com?x" and "https://shop.com/?x" are the same address; the slash reads better.
  if (!/[/?]/u.test(base.slice(schemeEnd))) base += '/';
  const q = base.indexOf('?');
  const existing = new Set(
    q < 0
      ? []
      : base
          .slice(q + 1)
          .split('&')
          .map((pair) => decodeName(pair.split('=', 1)[0] ?? '')),
  );
  const added = params
    .filter(([name, value]) => value !== '' && !existing.has(name))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  if (added.length === 0) return link;
  const joiner = q < 0 ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${joiner}${added.join('&')}${fragment}`;
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
