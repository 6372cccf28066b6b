/** Per-recipient states of the send ledger (DESIGN.md §3). */
export const ledgerStates = [
  'pending',
  'submitting',
  'accepted',
  'sent',
  'delivered',
  'undelivered',
  'sent_failed',
  'rejected',
  'no_routes',
  'failed_retryable',
  'failed_permanent',
  'uncertain',
  'skipped',
] as const;

export type LedgerState = (typeof ledgerStates)[number];

/** Delivery outcomes CommPeak reports as final. */
export const finalDeliveryStates: ReadonlySet<string> = new Set([
  'delivered',
  'undelivered',
  'sent_failed',
  'rejected',
  'no_routes',
]);

/** States in which CommPeak has the message (accepted, then whatever delivery said). */
export const acceptedStates: ReadonlySet<LedgerState> = new Set([
  'accepted',
  'sent',
  'delivered',
  'undelivered',
  'sent_failed',
  'rejected',
  'no_routes',
]);

/** States that still need the sender: the campaign is not done while any row is in one. */
export const openSendStates: ReadonlySet<LedgerState> = new Set([
  'pending',
  'submitting',
  'failed_retryable',
]);

/** The groups the progress page shows. */
export type ProgressGroup =
  'pending' | 'sending' | 'accepted' | 'delivered' | 'failed' | 'uncertain' | 'skipped';

export function progressGroupOf(state: LedgerState): ProgressGroup {
  switch (state) {
    case 'pending':
    case 'failed_retryable':
      return 'pending';
    case 'submitting':
      return 'sending';
    case 'accepted':
    case 'sent':
      return 'accepted';
    case 'delivered':
      return 'delivered';
    case 'undelivered':
    case 'sent_failed':
    case 'rejected':
    case 'no_routes':
    case 'failed_permanent':
      return 'failed';
    case 'uncertain':
      return 'uncertain';
    case 'skipped':
      return 'skipped';
  }
}
