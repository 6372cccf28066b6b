import { assertNever } from '../../../../shared/assert-never';
import type { Campaign, CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import { plural } from '../../../lib/format';
import { formatClock, formatOpening, formatUtc, humanizeDuration } from './format-progress';
import { openRows } from './bar-figures';
import { isWaiting } from './waiting-state';

function headline(campaign: Campaign, p: CampaignProgress, now: number): string {
  const open = openRows(p);
  switch (p.status) {
    case 'sending':
      if (open === 0) return 'Finishing…';
      // No honest time left while nothing can be handed over.
      if (isWaiting(p.status, p.waiting, now)) return 'Time left: —';
      if (p.etaSeconds === null) return 'Working out the time left…';
      if (p.etaSeconds === 0) return 'Finishing…';
      return `${capitalise(humanizeDuration(p.etaSeconds))} left`;
    case 'paused':
      return open > 0
        ? `Paused with ${plural(open, 'recipient')} still to send`
        : 'Paused; nothing is left to send';
    case 'done':
      return campaign.finishedAt
        ? `Finished at ${formatClock(campaign.finishedAt).long}`
        : 'Finished';
    case 'canceled':
      return 'Canceled; recipients not yet sent were skipped';
    case 'scheduled':
      return campaign.scheduleAt
        ? `Scheduled for ${formatClock(campaign.scheduleAt).long}`
        : 'Scheduled';
    case 'draft':
    case 'ready':
      return 'Not started';
    default:
      return assertNever(p.status);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The ETA in words, and why it may be longer than the send rate suggests (quiet hours). */
export function TimeLeft({
  campaign,
  progress,
  now,
}: {
  campaign: Campaign;
  progress: CampaignProgress;
  now: number;
}) {
  const held = progress.heldForQuietHours;
  return (
    <div className="cp-time-left">
      <p className="cp-eta">{headline(campaign, progress, now)}</p>
      {held > 0 ? (
        <p className="cp-held">
          <span aria-hidden="true">☾ </span>
          {plural(held, 'recipient is', 'recipients are')} waiting for quiet hours to end in their
          time zone
          {progress.quietHoursOpenAt !== null
            ? `; the next are released ${formatOpening(progress.quietHoursOpenAt)} (${formatUtc(progress.quietHoursOpenAt, now)})`
            : ''}
          . They are sent as soon as it opens.
        </p>
      ) : null}
    </div>
  );
}
