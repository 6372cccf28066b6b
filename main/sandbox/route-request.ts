import { authorize, authorizeControl } from './authorize';
import { handleControl, type ControlResult, type SandboxControl } from './handle-control';
import { handleMessagesStatus } from './handle-messages-status';
import { handleSimpleSend } from './handle-simple-send';
import { json, redirect } from './reply';
import type { ApiRoute, SandboxState } from './sandbox-state';

export interface IncomingCall {
  readonly method: string;
  readonly url: URL;
  readonly authorization: string | undefined;
  readonly remoteIp: string | undefined;
  readonly body: string;
}

const apiRoutes: Record<string, ApiRoute> = {
  '/simple_send/': 'simple_send',
  '/messages_status/': 'messages_status',
};

export function isControlPath(pathname: string): boolean {
  return pathname === '/_sandbox' || pathname.startsWith('/_sandbox/');
}

/** Routing as a FastAPI app does it: slash redirect, 404, 405, then the security dependency. */
export function routeRequest(
  state: SandboxState,
  control: SandboxControl,
  call: IncomingCall,
  nowMs: number,
): ControlResult {
  const { pathname, search } = call.url;
  if (isControlPath(pathname)) {
    const refused = authorizeControl(state, call.authorization);
    if (refused) return { reply: refused };
    return handleControl(state, control, call.method, call.url, call.body);
  }
  const route = apiRoutes[pathname];
  if (!route) {
    if (apiRoutes[`${pathname}/`]) {
      // Starlette's redirect_slashes answers with an absolute Location.
      return { reply: redirect(new URL(`${pathname}/${search}`, call.url).href) };
    }
    state.stats.byRoute.other += 1;
    return { reply: json(404, { detail: 'Not Found' }) };
  }
  state.stats.byRoute[route] += 1;
  if (state.config.movedTo !== null) {
    return { reply: redirect(`${state.config.movedTo.replace(/\/+$/, '')}${pathname}${search}`) };
  }
  if (call.method !== 'POST') {
    return { reply: json(405, { detail: 'Method Not Allowed' }, { Allow: 'POST' }) };
  }
  const auth = authorize(state, call.authorization, call.remoteIp);
  if ('reply' in auth) return { reply: auth.reply };
  if (state.isFlood(auth.rule.token, nowMs)) {
    const retryAfter = String(state.behaviour.retryAfterSeconds);
    return { reply: json(429, { detail: 'Too Many Requests' }, { 'Retry-After': retryAfter }) };
  }
  return {
    reply:
      route === 'simple_send'
        ? handleSimpleSend(state, auth.rule, call.body, nowMs)
        : handleMessagesStatus(state, call.body, nowMs),
  };
}
