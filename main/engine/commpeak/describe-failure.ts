import type {
  AuthCause,
  ConfigCause,
  FailureDraft,
  FailureFacts,
  PermanentCause,
  RetryCause,
  UncertainCause,
} from './api-failure';
import { assertNever } from '../../../shared/assert-never';
import { DEFAULT_BASE_URL } from '../../../shared/streams/stream-types';

type Facts = Omit<FailureFacts, 'message'>;

const NOT_SENT = 'Nothing was accepted, so it is safe to try again.';
const MAYBE_SENT =
  'The request may have reached CommPeak, so these messages are marked uncertain instead of being sent again.';

function seconds(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return `${s} second${s === 1 ? '' : 's'}`;
}

function retryHint(failure: Facts): string {
  return failure.retryAfterMs === undefined
    ? NOT_SENT
    : `Nothing was accepted; CommPeak asked to wait ${seconds(failure.retryAfterMs)} before trying again.`;
}

function at(failure: Facts): string {
  return failure.host ? ` at ${failure.host}` : '';
}

function codeNote(failure: Facts): string {
  return failure.networkCode ? ` (${failure.networkCode})` : '';
}

function describeRetry(cause: RetryCause, failure: Facts): string {
  switch (cause) {
    case 'connection_refused':
      return `Could not connect to CommPeak${at(failure)}: the connection was refused. ${NOT_SENT}`;
    case 'dns':
      return `Could not find CommPeak's server${at(failure)} (name lookup failed). Check the internet connection and the stream's base URL. ${NOT_SENT}`;
    case 'tls':
      return `The secure connection to CommPeak${at(failure)} could not be set up${codeNote(failure)}, so nothing was sent. ${NOT_SENT}`;
    case 'unreachable':
      return `CommPeak${at(failure)} could not be reached${codeNote(failure)}. Check the internet connection. ${NOT_SENT}`;
    case 'http_429':
      return `CommPeak asked Peaksend to slow down (429 Too Many Requests). ${retryHint(failure)}`;
    case 'http_503':
      return `CommPeak is temporarily unavailable (503 Service Unavailable). ${retryHint(failure)}`;
    case 'rate_limit':
      return 'CommPeak throttled this message (RATE_LIMIT); it was not accepted, so it is safe to try again.';
    default:
      return assertNever(cause);
  }
}

function describeUncertain(cause: UncertainCause, failure: Facts): string {
  switch (cause) {
    case 'timeout':
      return `CommPeak did not answer within ${seconds(failure.timeoutMs ?? 0)}. ${MAYBE_SENT}`;
    case 'aborted':
      return `The request was stopped before CommPeak answered. ${MAYBE_SENT}`;
    case 'reset':
      return `The connection to CommPeak broke during the request${codeNote(failure)}. ${MAYBE_SENT}`;
    case 'network':
      return `A network error interrupted the request${codeNote(failure)}. ${MAYBE_SENT}`;
    case 'http_5xx':
      return `CommPeak reported a server error (${failure.httpStatus ?? '5xx'}). ${MAYBE_SENT}`;
    case 'malformed_reply':
      return `CommPeak answered, but its reply could not be read. ${MAYBE_SENT}`;
    case 'missing_entry':
      return `CommPeak's reply did not mention this message. ${MAYBE_SENT}`;
    default:
      return assertNever(cause);
  }
}

function describeAuth(cause: AuthCause, failure: Facts): string {
  switch (cause) {
    case 'not_authenticated':
      return `CommPeak refused the token (${failure.httpStatus ?? 403} ${failure.detail ?? 'Not authenticated'}). Check the stream's token.`;
    case 'ip_not_allowed':
      return `This computer's IP is not in the stream's allowed IPs (CommPeak said: ${failure.detail ?? 'access denied'}). Add it to the stream's IP list in CommPeak's portal.`;
    case 'forbidden':
      return `CommPeak refused the request (${failure.httpStatus ?? 403}: ${failure.detail ?? 'no reason given'}).`;
    default:
      return assertNever(cause);
  }
}

function describePermanent(cause: PermanentCause, failure: Facts): string {
  switch (cause) {
    case 'message_error':
      return `CommPeak rejected this message: ${failure.error ?? 'unknown error'}${failure.details ? ` (${failure.details})` : ''}.`;
    case 'batch_refused':
      return `CommPeak refused the request${failure.details ? `: ${failure.details}` : ' without a reason'}.`;
    default:
      return assertNever(cause);
  }
}

function describeConfig(cause: ConfigCause, failure: Facts): string {
  switch (cause) {
    case 'redirect':
      return `CommPeak answered with a redirect (${failure.httpStatus ?? 307}${failure.location ? ` to ${failure.location}` : ''}): the stream's base URL looks wrong. Nothing was sent.`;
    case 'not_found':
      return `There is no CommPeak API${at(failure)} (${failure.httpStatus ?? 404} ${failure.detail ?? 'Not Found'}): the stream's base URL looks wrong (the usual one is ${DEFAULT_BASE_URL}). Nothing was sent.`;
    case 'validation':
      return `CommPeak rejected the request as invalid (${failure.httpStatus ?? 422}): ${failure.detail ?? 'no details'}. Nothing was sent.`;
    case 'http_4xx':
      return `CommPeak refused the request (${failure.httpStatus ?? '4xx'}${failure.detail ? `: ${failure.detail}` : ''}). Nothing was sent.`;
    case 'bad_base_url':
      return `The stream's base URL is not a valid http(s) address${failure.detail ? ` (${failure.detail})` : ''}. Nothing was sent.`;
    case 'origin_mismatch':
      return `The stream's token was entered for another address, not for ${failure.host ?? 'this one'}, so Peaksend did not send it there. Replace the stream's token to use this address. Nothing was sent.`;
    case 'bad_token':
      return "The stream's token contains characters that cannot be sent (spaces inside it or line breaks?). Paste it again. Nothing was sent.";
    default:
      return assertNever(cause);
  }
}

/** The words a marketer sees for a failure: what happened, whether anything was sent, what to do. */
export function describeFailure(failure: FailureDraft): string {
  switch (failure.kind) {
    case 'retry':
      return describeRetry(failure.cause, failure);
    case 'uncertain':
      return describeUncertain(failure.cause, failure);
    case 'auth':
      return describeAuth(failure.cause, failure);
    case 'permanent':
      return describePermanent(failure.cause, failure);
    case 'config':
      return describeConfig(failure.cause, failure);
    default:
      return assertNever(failure);
  }
}
