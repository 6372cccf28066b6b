import type { QuietHold } from '../../../../../shared/campaigns/campaign-types';
import { estimateFinish } from '../../../../../shared/campaigns/estimate-finish';
import { formatCount, plural } from '../../../../lib/format';
import { formatUtc } from '../../progress/format-progress';

/**
 * Who waits for quiet hours and until when, for the Review and the send confirmation:
 * "3,210 recipients are in quiet hours now; sending to them starts 13:00 UTC and ends about
 * 17:40 UTC." The end simulates the releases at the stream's rate (`estimateFinish`). Null when
 * nobody waits.
 */
export function quietHoldText(
  hold: QuietHold | null,
  rate: number | null,
  scheduled: boolean,
): string | null {
  if (!hold || hold.held === 0) return null;
  const when = scheduled ? 'at the scheduled time' : 'now';
  const who =
    hold.sendableNow === 0
      ? `All ${formatCount(hold.held)} recipients are`
      : `${plural(hold.held, 'recipient is', 'recipients are')}`;
  const openings = hold.releases.flatMap((r) => (r.at === null ? [] : [r.at]));
  if (openings.length === 0) {
    return `${who} in quiet hours ${when}, and their sending window does not open in the next 8 days.`;
  }
  const starts = Math.min(...openings);
  const ends = estimateFinish({
    now: hold.startsAt,
    sendableNow: hold.sendableNow,
    releases: hold.releases,
    rate,
  });
  const end = ends === null ? '' : ` and ends about ${formatUtc(ends, hold.startsAt)}`;
  const guess =
    hold.zoneUncertain > 0
      ? ` For ${plural(hold.zoneUncertain, 'number')} the zone is uncertain; the latest of its zones is used.`
      : '';
  return `${who} in quiet hours ${when}; sending to them starts ${formatUtc(starts, hold.startsAt)}${end}.${guess}`;
}
