import type { CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import { isWaiting, waitingText } from './waiting-state';

/** Shown while a sending campaign is stalled: an outage must not look like progress. */
export function WaitingBanner({ progress, now }: { progress: CampaignProgress; now: number }) {
  const { waiting } = progress;
  if (!waiting || !isWaiting(progress.status, waiting, now)) return null;
  return (
    <p className="banner banner-warning cp-banner" role="status">
      {waitingText(waiting, now)}. Nothing is lost: the messages are sent as soon as CommPeak
      answers.
    </p>
  );
}
