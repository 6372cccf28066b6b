import { AppFailure, type ErrorCode } from '../../../shared/contract/result';
import type { ApiFailure, FailureKind } from './api-failure';
import { assertNever } from '../../../shared/assert-never';

export function errorCodeFor(kind: FailureKind): ErrorCode {
  switch (kind) {
    case 'retry':
      return 'API_UNREACHABLE';
    case 'uncertain':
      return 'API_UNCERTAIN';
    case 'auth':
      return 'API_AUTH';
    case 'permanent':
      return 'API_REJECTED';
    case 'config':
      return 'API_CONFIG';
    default:
      return assertNever(kind);
  }
}

/** For handlers that fail a whole call (e.g. "send test message") with a user-facing error. */
export function toAppFailure(failure: ApiFailure): AppFailure {
  return new AppFailure(errorCodeFor(failure.kind), failure.message);
}
