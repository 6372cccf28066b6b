import { assertNever } from '../../shared/assert-never';
import { json, type Reply } from './reply';
import type { FaultName } from './sandbox-config';

function gatewayPage(status: number, title: string): Reply {
  // Load balancers answer 502/504 with HTML, not FastAPI JSON; the client must cope with both.
  return {
    kind: 'text',
    status,
    contentType: 'text/html',
    text: `<html><head><title>${status} ${title}</title></head><body><h1>${status} ${title}</h1></body></html>`,
  };
}

function statusReply(status: number, retryAfterSeconds: number): Reply {
  switch (status) {
    case 500:
      return json(500, { detail: 'Internal Server Error' });
    case 502:
      return gatewayPage(502, 'Bad Gateway');
    case 503:
      return json(
        503,
        { detail: 'Service Unavailable' },
        { 'Retry-After': String(retryAfterSeconds) },
      );
    case 504:
      return gatewayPage(504, 'Gateway Time-out');
    default:
      return json(status, { detail: 'Error' });
  }
}

/**
 * The reply for a fault at its phase, or null when the fault belongs to the other phase.
 * `rateLimitBurst` is handled per message by the send handler, so it never replies here.
 */
export function faultReply(
  fault: FaultName,
  phase: 'before' | 'after',
  retryAfterSeconds: number,
): Reply | null {
  const at = (wanted: 'before' | 'after', reply: () => Reply) =>
    phase === wanted ? reply() : null;
  switch (fault) {
    case 'status500Before':
      return at('before', () => statusReply(500, retryAfterSeconds));
    case 'status502Before':
      return at('before', () => statusReply(502, retryAfterSeconds));
    case 'status503Before':
      return at('before', () => statusReply(503, retryAfterSeconds));
    case 'status504Before':
      return at('before', () => statusReply(504, retryAfterSeconds));
    case 'status500After':
      return at('after', () => statusReply(500, retryAfterSeconds));
    case 'status502After':
      return at('after', () => statusReply(502, retryAfterSeconds));
    case 'status503After':
      return at('after', () => statusReply(503, retryAfterSeconds));
    case 'status504After':
      return at('after', () => statusReply(504, retryAfterSeconds));
    case 'status429':
      return at('before', () =>
        json(429, { detail: 'Too Many Requests' }, { 'Retry-After': String(retryAfterSeconds) }),
      );
    case 'hangBefore':
      return at('before', () => ({ kind: 'hang' }));
    case 'hangAfter':
      return at('after', () => ({ kind: 'hang' }));
    case 'resetBefore':
      return at('before', () => ({ kind: 'reset' }));
    case 'resetAfter':
      return at('after', () => ({ kind: 'reset' }));
    case 'malformed':
      return at('after', () => ({
        kind: 'text',
        status: 200,
        contentType: 'application/json',
        text: '{"status": true, "messages": [{"internal_id": ',
      }));
    case 'rateLimitBurst':
      return null;
    default:
      return assertNever(fault);
  }
}
