/**
 * Every number the client depends on that CommPeak has not published (COMMPEAK-API.md marks them
 * [assumed]). They live here, once, with why each default was chosen; docs/ARCHITECTURE.md lists
 * them. Code elsewhere imports these names instead of writing the numbers again, so a fact
 * learnt from CommPeak is a one-line change.
 */

/**
 * Messages per `/simple_send/` request by default. CommPeak allows "several" and publishes no
 * cap; 50 keeps a request well under a second on a slow link and small enough that a 422 for
 * "too many" (assumed to be how a cap shows) is found after a few halvings.
 */
export const DEFAULT_BATCH_SIZE = 50;

/** The largest batch a user may ask for (the CLI's `--batch`, the campaign setting). */
export const MAX_BATCH_SIZE = 500;

/**
 * Whole-request timeout, connect to the last body byte. Nothing published; 30 s is far above
 * what the API takes (tens of ms) yet short enough that a hung call is found in time. A
 * timeout is "uncertain" (the request may have been read), never resent by itself.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * HTTP statuses that mean "not accepted, come back later" (retried with back-off). 429 is the
 * usual flood answer and 503 the usual "overloaded"; both are sent before a request is
 * processed. 500/502/504 may come after CommPeak accepted the batch, so they are uncertain.
 */
export const RETRY_HTTP_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** Back-off before retrying a row that provably did not reach CommPeak: 1 s doubling to 5 min. */
export const RETRY_BASE_MS = 1000;
export const RETRY_MAX_MS = 5 * 60_000;

/**
 * How the sender reacts to RATE_LIMIT / 429: CommPeak publishes no limits, so the stream's rate
 * drops by 30 % (at most once a second, never below 5 % of the setting) and recovers by 5 % of
 * the setting every second once 5 s passed without throttling: back off fast, come back slowly.
 */
export const THROTTLE = {
  factor: 0.7,
  minFactor: 0.05,
  recoverStep: 0.05,
  recoverAfterMs: 5000,
  onceEveryMs: 1000,
} as const;

/**
 * On a 422 for a batch of more than one message the batch is halved and tried again (down to
 * this size) before the campaign pauses with CommPeak's words: a cap below our batch size is
 * the likeliest cause of a 422 for a request we built ourselves.
 */
export const MIN_BATCH_SIZE = 1;

/** The first status query for an accepted message: delivery reports usually arrive in seconds. */
export const FIRST_POLL_DELAY_MS = 5000;

/**
 * How often to ask `/messages_status/` about a message, by its age: often while reports are
 * likely to arrive, then rarely, so a big campaign does not flood the API with questions.
 */
export const POLL_SCHEDULE: readonly { readonly ageUnderMs: number; readonly everyMs: number }[] = [
  { ageUnderMs: 60_000, everyMs: 5_000 },
  { ageUnderMs: 10 * 60_000, everyMs: 30_000 },
  { ageUnderMs: 3600_000, everyMs: 120_000 },
  { ageUnderMs: Infinity, everyMs: 600_000 },
];

/** uuids per status query. CommPeak's maximum is unknown; 100 is a common API page size. */
export const STATUS_CHUNK_SIZE = 100;

/** Accepted rows asked about per campaign per poll round (one round a second). */
export const POLL_ROWS_PER_ROUND = 500;

/**
 * A message with no final status this long after CommPeak accepted it becomes `no_report`
 * and is not asked about again: carriers keep delivery reports for 24–72 h, so a later one is
 * unlikely, and the results must end in a state the user can read.
 */
export const NO_REPORT_AFTER_MS = 72 * 3600_000;

/**
 * How long a `peaksend` run waits while nothing can be handed to CommPeak (unreachable, 503,
 * 429, throttled) before it pauses the campaign and exits 1 — a cron job must end. The app
 * sets no limit: its user sees the obstacle and can pause.
 */
export const DEFAULT_MAX_WAIT_MS = 600_000;
