/**
 * Why a call (or one message of it) did not end in "accepted". The `kind` drives the send ledger
 * (DESIGN.md §3); the `cause` picks the words shown to the user.
 *
 * - retry: provably not accepted, safe to send again later (honour `retryAfterMs`).
 * - uncertain: may have reached CommPeak; never resent automatically.
 * - auth: the token or the caller's IP was refused; the campaign must pause.
 * - permanent: CommPeak refused that message; resending will not help.
 * - config: the stream's settings are wrong (base URL, token format) or the request was malformed.
 */
export type FailureKind = 'retry' | 'uncertain' | 'auth' | 'permanent' | 'config';

export type RetryCause =
  'connection_refused' | 'dns' | 'tls' | 'unreachable' | 'http_429' | 'http_503' | 'rate_limit';
export type UncertainCause =
  'timeout' | 'aborted' | 'reset' | 'network' | 'http_5xx' | 'malformed_reply' | 'missing_entry';
export type AuthCause = 'not_authenticated' | 'ip_not_allowed' | 'forbidden';
export type PermanentCause = 'message_error' | 'batch_refused';
export type ConfigCause =
  | 'redirect'
  | 'not_found'
  | 'validation'
  | 'http_4xx'
  | 'bad_base_url'
  | 'bad_token'
  /** The URL about to be called is not on the origin the token is bound to. */
  | 'origin_mismatch';

/** Facts about the failure; every string in here has been through `redactSecrets`. */
export interface FailureFacts {
  /** Plain-words explanation (from `describeFailure`), safe to show and store. */
  readonly message: string;
  readonly httpStatus?: number;
  /** From `Retry-After` on 429/503. */
  readonly retryAfterMs?: number;
  /** CommPeak's `detail` (auth, 404, 422: the joined validation messages). */
  readonly detail?: string;
  /** Network error code from the cause chain (ECONNREFUSED, UND_ERR_SOCKET, net::ERR_…). */
  readonly networkCode?: string;
  /** Per-message `error` and `details`, verbatim. */
  readonly error?: string;
  readonly details?: string;
  /** Host (no credentials, no path) the call went to. */
  readonly host?: string;
  /** Redirect target for 3xx. */
  readonly location?: string;
  readonly timeoutMs?: number;
}

export type ApiFailure =
  | ({ readonly kind: 'retry'; readonly cause: RetryCause } & FailureFacts)
  | ({ readonly kind: 'uncertain'; readonly cause: UncertainCause } & FailureFacts)
  | ({ readonly kind: 'auth'; readonly cause: AuthCause } & FailureFacts)
  | ({ readonly kind: 'permanent'; readonly cause: PermanentCause } & FailureFacts)
  | ({ readonly kind: 'config'; readonly cause: ConfigCause } & FailureFacts);

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An ApiFailure before its message is written. */
export type FailureDraft = DistributiveOmit<ApiFailure, 'message'>;
