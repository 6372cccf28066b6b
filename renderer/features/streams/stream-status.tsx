import { assertNever } from '../../../shared/assert-never';
import type { StreamHealth } from '../../../shared/streams/stream-types';

type Status = StreamHealth | 'never';

export function statusLabel(status: Status): string {
  switch (status) {
    case 'ok':
      return 'OK';
    case 'auth_failed':
      return 'Token refused';
    case 'unreachable':
      return 'Unreachable';
    case 'error':
      return 'Error';
    case 'never':
      return 'Never used';
    default:
      return assertNever(status);
  }
}

/** The outcome of the stream's last call: a coloured dot plus words, never colour alone. */
export function StreamStatus({ health }: { health: StreamHealth | null }) {
  const status: Status = health ?? 'never';
  return (
    <span className={`status status-${status}`}>
      <span className="status-dot" aria-hidden="true" />
      <span>{statusLabel(status)}</span>
    </span>
  );
}
