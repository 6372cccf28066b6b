import { z } from 'zod';
import { json, type Reply } from './reply';
import { faultNames, profileNames, type FaultName, type ProfileName } from './sandbox-config';
import type { ApiRoute, SandboxState } from './sandbox-state';

export interface SandboxControl {
  setProfile(profile: ProfileName, revertAfterMs?: number): Promise<void>;
  injectFault(fault: FaultName, options?: { times?: number; route?: ApiRoute }): void;
}

const profileBody = z.strictObject({
  profile: z.enum(profileNames),
  /** Switch back to the current profile after this long (the only way back from `down` over HTTP). */
  revertAfterMs: z.number().int().min(1).optional(),
});

const faultBody = z.strictObject({
  fault: z.enum(faultNames),
  times: z.number().int().min(1).default(1),
  route: z.enum(['simple_send', 'messages_status']).default('simple_send'),
});

export interface ControlResult {
  readonly reply: Reply;
  /** Runs once the reply has been written. */
  readonly afterReply?: () => Promise<void>;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function intParam(params: URLSearchParams, name: string, fallback: number): number {
  const n = Number(params.get(name) ?? fallback);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/**
 * `/_sandbox/*` (the caller has shown a sandbox token): read-only introspection for tests, plus
 * two switches used by reliability runs against a sandbox in another process.
 */
export function handleControl(
  state: SandboxState,
  control: SandboxControl,
  method: string,
  url: URL,
  body: string,
): ControlResult {
  const route = `${method} ${url.pathname.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_sandbox/received': {
      const all = state.log.received;
      const offset = intParam(url.searchParams, 'offset', 0);
      const limit = intParam(url.searchParams, 'limit', all.length);
      return {
        reply: json(200, { total: all.length, messages: all.slice(offset, offset + limit) }),
      };
    }
    case 'GET /_sandbox/stats':
      return { reply: json(200, state.snapshot()) };
    case 'POST /_sandbox/profile': {
      const parsed = profileBody.safeParse(parseJson(body));
      if (!parsed.success)
        return { reply: json(422, { detail: parsed.error.issues.map((i) => i.message) }) };
      const { profile, revertAfterMs } = parsed.data;
      // After the answer is out: switching to `down` closes this very connection.
      return {
        reply: json(200, { profile }),
        afterReply: () => control.setProfile(profile, revertAfterMs),
      };
    }
    case 'POST /_sandbox/fault': {
      const parsed = faultBody.safeParse(parseJson(body));
      if (!parsed.success)
        return { reply: json(422, { detail: parsed.error.issues.map((i) => i.message) }) };
      control.injectFault(parsed.data.fault, {
        times: parsed.data.times,
        route: parsed.data.route,
      });
      return { reply: json(200, parsed.data) };
    }
    default:
      return { reply: json(404, { detail: 'Not Found' }) };
  }
}
