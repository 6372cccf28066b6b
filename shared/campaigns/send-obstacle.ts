import { assertNever } from '../assert-never';

/**
 * What a running campaign is waiting for when it cannot hand messages to CommPeak: the engine's
 * runner knows it (main/engine/sending/), the progress snapshot carries it, the CLI prints it
 * ("waiting: connection refused; next try in 8 s") and the app's progress page can show it.
 */
export const obstacleKinds = [
  'connection_refused',
  'dns',
  'tls',
  'unreachable',
  'http_429',
  'http_503',
  'rate_limit',
  'quiet_hours',
] as const;
export type ObstacleKind = (typeof obstacleKinds)[number];

export interface SendWaiting {
  readonly kind: ObstacleKind;
  /** Short words for the obstacle, e.g. "connection refused (127.0.0.1:9)". */
  readonly reason: string;
  /** Since when (epoch ms) it has been in the way. */
  readonly since: number;
  /** When the runner tries again (epoch ms); null when it does not know yet. */
  readonly nextTryAt: number | null;
}

/** After this long without a message handed over, the app says "Waiting", not "Sending". */
export const STALLED_AFTER_MS = 15_000;

/**
 * The run is stuck on something other than quiet hours (an outage, 503s, throttling) for
 * `STALLED_AFTER_MS` or more: no honest ETA can be given, and the status is "Waiting".
 */
export function isStalled(waiting: SendWaiting | null, now: number): boolean {
  return (
    waiting !== null && waiting.kind !== 'quiet_hours' && now - waiting.since >= STALLED_AFTER_MS
  );
}

/** A failed status query, kept until a later one succeeds. */
export interface PollFailure {
  /** CommPeak's answer in plain words (redacted), as describeFailure wrote it. */
  readonly message: string;
  readonly httpStatus: number | null;
  /** First failure of this streak and the latest one (epoch ms). */
  readonly since: number;
  readonly at: number;
}

/** The obstacle in a few words; `host` is added where it helps ("at 127.0.0.1:9"). */
export function describeObstacle(kind: ObstacleKind, host?: string): string {
  const at = host ? ` at ${host}` : '';
  switch (kind) {
    case 'connection_refused':
      return `connection refused${at}`;
    case 'dns':
      return `server name not found${at}`;
    case 'tls':
      return `secure connection failed${at}`;
    case 'unreachable':
      return `CommPeak unreachable${at}`;
    case 'http_429':
      return 'HTTP 429 Too Many Requests';
    case 'http_503':
      return 'HTTP 503 Service Unavailable';
    case 'rate_limit':
      return 'throttled by CommPeak (RATE_LIMIT)';
    case 'quiet_hours':
      return "recipients' quiet hours";
    default:
      return assertNever(kind);
  }
}

/** "waiting: connection refused; next try in 8 s" (the CLI's progress line). */
export function describeWaiting(waiting: SendWaiting, now: number): string {
  if (waiting.nextTryAt === null) return `waiting: ${waiting.reason}`;
  const seconds = Math.max(0, Math.ceil((waiting.nextTryAt - now) / 1000));
  return `waiting: ${waiting.reason}; next try in ${seconds} s`;
}
