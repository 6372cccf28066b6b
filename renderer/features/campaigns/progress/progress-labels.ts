import { assertNever } from '../../../../shared/assert-never';
import type { CampaignStatus } from '../../../../shared/campaigns/campaign-types';
import type { LedgerState, ProgressGroup } from '../../../../shared/campaigns/ledger-state';

/** In the order the page shows them: the path a message takes, then the side exits. */
export const progressGroups: readonly ProgressGroup[] = [
  'pending',
  'sending',
  'accepted',
  'delivered',
  'failed',
  'uncertain',
  'skipped',
];

export function groupLabel(group: ProgressGroup): string {
  switch (group) {
    case 'pending':
      return 'Pending';
    case 'sending':
      return 'Sending';
    case 'accepted':
      return 'Accepted';
    case 'delivered':
      return 'Delivered';
    case 'failed':
      return 'Undelivered / failed';
    case 'uncertain':
      return 'Uncertain';
    case 'skipped':
      return 'Skipped';
    default:
      return assertNever(group);
  }
}

export function stateLabel(state: LedgerState): string {
  switch (state) {
    case 'pending':
      return 'Pending';
    case 'submitting':
      return 'Sending';
    case 'accepted':
      return 'Accepted';
    case 'sent':
      return 'Sent';
    case 'delivered':
      return 'Delivered';
    case 'undelivered':
      return 'Undelivered';
    case 'sent_failed':
      return 'Failed after sending';
    case 'rejected':
      return 'Rejected';
    case 'no_routes':
      return 'No route';
    case 'no_report':
      return 'No report';
    case 'failed_retryable':
      return 'Waiting to retry';
    case 'failed_permanent':
      return 'Failed';
    case 'uncertain':
      return 'Uncertain';
    case 'skipped':
      return 'Skipped';
    default:
      return assertNever(state);
  }
}

export type Tone = 'info' | 'warning' | 'error' | 'ok' | 'neutral';

export function statusLabel(status: CampaignStatus): { label: string; tone: Tone } {
  switch (status) {
    case 'draft':
      return { label: 'Draft', tone: 'neutral' };
    case 'ready':
      return { label: 'Ready', tone: 'neutral' };
    case 'scheduled':
      return { label: 'Scheduled', tone: 'info' };
    case 'sending':
      return { label: 'Sending', tone: 'info' };
    case 'paused':
      return { label: 'Paused', tone: 'warning' };
    case 'done':
      return { label: 'Done', tone: 'ok' };
    case 'canceled':
      return { label: 'Canceled', tone: 'neutral' };
    default:
      return assertNever(status);
  }
}

/** The engine records a short code per failure; these are the ones it writes itself. */
const reasonLabels: Readonly<Record<string, string>> = {
  timeout: 'No answer in time',
  aborted: 'Request stopped',
  reset: 'Connection broke mid-request',
  network: 'Network error',
  http_5xx: 'CommPeak server error',
  malformed_reply: 'Unreadable reply',
  missing_entry: 'Missing from CommPeak’s reply',
  connection_refused: 'Connection refused',
  dns: 'Server name not found',
  tls: 'Secure connection failed',
  unreachable: 'CommPeak unreachable',
  http_429: 'Too many requests (will retry)',
  http_503: 'CommPeak unavailable (will retry)',
  rate_limit: 'Throttled by CommPeak (will retry)',
  message_error: 'Rejected by CommPeak',
  batch_refused: 'Request refused',
  canceled: 'Campaign canceled',
  suppressed: 'On the opt-out list',
  interrupted: 'Peaksend closed mid-send',
  quiet_hours: 'Quiet hours',
  // CommPeak's per-message codes (COMMPEAK-API.md); others are shown as CommPeak wrote them.
  RATE_LIMIT: 'Throttled by CommPeak (will retry)',
  INVALID_PHONE: 'Invalid phone number',
  SENDER_NOT_ALLOWED: 'Sender not allowed',
  EMPTY_CONTENT: 'Empty message',
  INSUFFICIENT_BALANCE: 'Insufficient balance',
};

/** Known codes in words; CommPeak's own codes (INVALID_NUMBER…) are shown as they are. */
export function reasonLabel(reason: string): string {
  return reasonLabels[reason] ?? reason.replace(/_/g, ' ');
}
