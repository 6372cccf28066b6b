import type { DatabaseSync } from 'node:sqlite';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import {
  checkSenderRules,
  effectiveSenderRules,
  isLetterSender,
  senderBlockReason,
  type SenderRuleOverrides,
} from '../../../shared/compliance/sender-rules';
import { AppFailure } from '../../../shared/contract/result';
import type { StreamCredentials } from '../../engine-contract/stream-credentials';
import { audienceByCountry } from '../campaigns/audience-countries';

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

/**
 * The start-time check behind the Review's warning: a sender that cannot work in some of the
 * audience's countries (letters where only numbers are delivered, a name too long) refuses the
 * start with the reason, whatever the renderer showed. A number as sender is never refused, so
 * the audience is only counted for letter senders.
 */
export function assertSenderFits(
  db: DatabaseSync,
  campaign: Campaign,
  sender: string,
  overrides: SenderRuleOverrides,
): void {
  if (!isLetterSender(sender)) return;
  const findings = checkSenderRules(
    sender,
    audienceByCountry(db, campaign),
    effectiveSenderRules(overrides),
  );
  const reason = senderBlockReason(findings);
  if (reason !== null) throw new AppFailure('INVALID_INPUT', `Not sent: ${reason}`);
}
