import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { AppFailure } from '../../../shared/contract/result';
import type { StreamCredentials } from '../../engine-contract/stream-credentials';

/** A campaign may start (or be scheduled) once, from a draft; and only on its own stream. */
export function assertCanStart(campaign: Campaign, creds: StreamCredentials): void {
  if (!['draft', 'ready', 'scheduled'].includes(campaign.status)) {
    throw new AppFailure(
      'CONFLICT',
      `This campaign is ${campaign.status}; it cannot be started again.`,
    );
  }
  if (campaign.streamId !== creds.id) {
    throw new AppFailure('CONFLICT', 'The campaign uses another stream.');
  }
  if (!campaign.sender && !creds.defaultSender) {
    throw new AppFailure('INVALID_INPUT', 'Choose a sender for this campaign.');
  }
}

/** Resume continues a paused campaign, or a done one that has rows to send again. */
export function assertCanResume(campaign: Campaign): void {
  if (campaign.status !== 'paused' && campaign.status !== 'done') {
    throw new AppFailure(
      'CONFLICT',
      `This campaign is ${campaign.status}; only a paused campaign can resume.`,
    );
  }
}
