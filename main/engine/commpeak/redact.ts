export const REDACTED = '[REDACTED]';

/**
 * Shorter "secrets" (sandbox tokens like `t1`) are not redacted: replacing every `t1` in a text
 * would garble it, and no real CommPeak token is that short.
 */
export const MIN_SECRET_LENGTH = 4;

/**
 * Last line of defence against leaking a token: replaces every occurrence of each secret, any
 * `Authorization:` header value and any `user:password@` in URLs. Run it over everything the
 * client stores, returns or throws, even text we built ourselves, because server replies and
 * runtime error messages (e.g. undici's "invalid header value") can echo the token.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first so a secret that contains another is removed whole.
  const sorted = secrets
    .filter((s) => s.trim().length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
  for (const secret of sorted) {
    out = out.split(secret).join(REDACTED);
    // JSON-escaped forms appear when a reply echoes the token inside a string.
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join(REDACTED);
    const trimmed = secret.trim();
    if (trimmed.length >= MIN_SECRET_LENGTH && trimmed !== secret)
      out = out.split(trimmed).join(REDACTED);
  }
  out = out.replace(/(authorization["']?\s*[:=]\s*["']?)[^\s"',}]+/gi, `$1${REDACTED}`);
  out = out.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]*@/gi, `$1${REDACTED}@`);
  return out;
}
