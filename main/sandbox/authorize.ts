import { createHash, timingSafeEqual } from 'node:crypto';
import { json, type Reply } from './reply';
import type { TokenRule } from './sandbox-config';
import type { SandboxState } from './sandbox-state';

export type TokenMatch = TokenRule & { readonly index: number };

/** `::ffff:127.0.0.1` and `127.0.0.1` are the same caller. */
export function normalizeIp(ip: string | undefined): string {
  if (!ip) return '';
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}

/**
 * CommPeak's check: the raw token in `Authorization` (no `Bearer`), then the stream's IP ACL.
 * Runs before body validation, as a FastAPI security dependency does.
 */
export function authorize(
  state: SandboxState,
  authorization: string | undefined,
  remoteIp: string | undefined,
): { rule: TokenMatch } | { reply: Reply } {
  const refused = { reply: json(state.config.authFailureStatus, { detail: 'Not authenticated' }) };
  if (state.profile === 'auth' || authorization === undefined) return refused;
  const rule = state.tokens.get(authorization);
  if (!rule) return refused;
  const ip = normalizeIp(remoteIp);
  if (rule.allowedIps && !rule.allowedIps.includes(ip)) {
    return { reply: json(403, { detail: `IP address ${ip} is not in this stream's allowed IPs` }) };
  }
  return { rule };
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * `/_sandbox/*` (the received phones and texts, the profile and fault switches) needs one of the
 * sandbox's own tokens in `Authorization`. Compared as SHA-256 digests with timingSafeEqual,
 * against every token without stopping early, so timing says nothing about a near miss.
 */
export function authorizeControl(
  state: SandboxState,
  authorization: string | undefined,
): Reply | null {
  const given = digest(authorization ?? '');
  let ok = false;
  for (const token of state.tokens.keys()) {
    if (timingSafeEqual(given, digest(token)) && authorization !== undefined) ok = true;
  }
  return ok ? null : json(403, { detail: 'Not authenticated' });
}
