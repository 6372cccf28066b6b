/**
 * The states of the send ledger and the sets code and SQL filter by. Every list of states lives
 * here once; the engine renders SQL `IN (…)` lists from these sets instead of typing them again.
 */

/**
 * Statuses after which CommPeak will not change a message (COMMPEAK-API.md, message statuses).
 * The poller stores them as the row's state; `sent` and strings we do not know are not final.
 */
export const finalDeliveryStatuses = [
  'delivered',
  'undelivered',
  'sent_failed',
  'rejected',
  'no_routes',
] as const;
export type FinalDeliveryStatus = (typeof finalDeliveryStatuses)[number];

/**
 * Per-recipient states of the send ledger (DESIGN.md §3). `no_report` is ours, not CommPeak's:
 * an accepted message that still had no final delivery status when the poller gave up on it
 * (after `NO_REPORT_AFTER_MS`, 72 h), so the results say so instead of "accepted" for ever.
 */
export const ledgerStates = [
  'pending',
  'submitting',
  'accepted',
  'sent',
  ...finalDeliveryStatuses,
  'no_report',
  'failed_retryable',
  'failed_permanent',
  'uncertain',
  'skipped',
] as const;
export type LedgerState = (typeof ledgerStates)[number];

const finalSet: ReadonlySet<string> = new Set(finalDeliveryStatuses);

/** A status as CommPeak wrote it ("Delivered", " sent"), in the form the ledger compares. */
export function normalizeDeliveryStatus(status: string): string {
  return status.trim().toLowerCase();
}

/**
 * The final state a delivery status stands for, or null when CommPeak may still change it
 * (`sent`, strings we do not know). Compared case-insensitively: CommPeak's portal writes
 * "Delivered", and nothing published says the API never does.
 */
export function finalDeliveryStateOf(status: string): FinalDeliveryStatus | null {
  const normalized = normalizeDeliveryStatus(status);
  return finalSet.has(normalized) ? (normalized as FinalDeliveryStatus) : null;
}

/** True for a delivery status CommPeak will not change any more (any letter case). */
export function isFinalDeliveryStatus(status: string): boolean {
  return finalDeliveryStateOf(status) !== null;
}

/** States in which CommPeak has the message (accepted, then whatever delivery said). */
export const acceptedStates: ReadonlySet<LedgerState> = new Set<LedgerState>([
  'accepted',
  'sent',
  ...finalDeliveryStatuses,
  'no_report',
]);

/** Delivery reports that say the message did not reach the phone. */
export const undeliveredStates: ReadonlySet<LedgerState> = new Set<LedgerState>([
  'undelivered',
  'sent_failed',
  'rejected',
  'no_routes',
]);

/** States that still need the sender: the campaign is not done while any row is in one. */
export const openSendStates: ReadonlySet<LedgerState> = new Set<LedgerState>([
  'pending',
  'submitting',
  'failed_retryable',
]);

/** The groups the progress page shows. */
export type ProgressGroup =
  'pending' | 'sending' | 'accepted' | 'delivered' | 'failed' | 'uncertain' | 'skipped';

/** The one table from state to group; the sets below are read from it. */
const groupOf: Readonly<Record<LedgerState, ProgressGroup>> = {
  pending: 'pending',
  failed_retryable: 'pending',
  submitting: 'sending',
  accepted: 'accepted',
  sent: 'accepted',
  delivered: 'delivered',
  undelivered: 'failed',
  sent_failed: 'failed',
  rejected: 'failed',
  no_routes: 'failed',
  no_report: 'accepted',
  failed_permanent: 'failed',
  uncertain: 'uncertain',
  skipped: 'skipped',
};

export function progressGroupOf(state: LedgerState): ProgressGroup {
  return groupOf[state];
}

/** The states shown under one progress group (the results filter uses the same groups). */
export function statesInGroup(group: ProgressGroup): readonly LedgerState[] {
  return ledgerStates.filter((state) => groupOf[state] === group);
}

/**
 * Rows "retry failed" sends again: refused for good by CommPeak or failed by delivery report.
 * Not yet sent (`pending` group) rows are what cancel skips.
 */
export const failedStates: ReadonlySet<LedgerState> = new Set(statesInGroup('failed'));
export const notYetSentStates: ReadonlySet<LedgerState> = new Set(statesInGroup('pending'));
