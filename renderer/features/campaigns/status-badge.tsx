import { assertNever } from '../../../shared/assert-never';
import type { CampaignStatus } from '../../../shared/campaigns/campaign-types';

export function statusLabel(status: CampaignStatus): string {
  switch (status) {
    case 'draft':
      return 'Draft';
    case 'ready':
      return 'Ready';
    case 'scheduled':
      return 'Scheduled';
    case 'sending':
      return 'Sending';
    case 'paused':
      return 'Paused';
    case 'done':
      return 'Done';
    case 'canceled':
      return 'Canceled';
    default:
      return assertNever(status);
  }
}

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <span className={`badge status-badge status-${status}`}>{statusLabel(status)}</span>;
}

/** Statuses whose message can still change (the engine refuses edits after sending began). */
export function isEditable(status: CampaignStatus): boolean {
  return status === 'draft' || status === 'ready' || status === 'scheduled';
}
