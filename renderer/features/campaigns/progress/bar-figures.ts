import type { CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import { formatCount } from '../../../lib/format';

/** Rows the sender is finished with, whatever their outcome. */
export function doneRows(p: CampaignProgress): number {
  const g = p.byGroup;
  return g.accepted + g.delivered + g.failed + g.uncertain + g.skipped;
}

/** Rows still to send (pending, waiting to retry, or in a request right now). */
export function openRows(p: CampaignProgress): number {
  return p.byGroup.pending + p.byGroup.sending;
}

/** Rows handed to CommPeak (whatever came of them): what a cancelled campaign did send. */
export function sentRows(p: CampaignProgress): number {
  const g = p.byGroup;
  return g.accepted + g.delivered + g.failed + g.uncertain;
}

/**
 * The bar's value and words. Normally the share of recipients the sender is finished with; for a
 * cancelled campaign the share that was sent, with the skipped ones named, since skipping the
 * rest is not finishing them ("100 %" there read as "all sent"). Rounded down, so 100 % means
 * every row really is done.
 */
export function barFigures(p: CampaignProgress): { percent: number; text: string } {
  const { total } = p;
  const of = `of ${formatCount(total)} recipients`;
  if (p.status === 'canceled') {
    const sent = sentRows(p);
    return {
      percent: total > 0 ? Math.floor((sent * 100) / total) : 0,
      text: `${formatCount(sent)} sent, ${formatCount(p.byGroup.skipped)} skipped ${of}`,
    };
  }
  const done = doneRows(p);
  return {
    percent: total > 0 ? Math.floor((done * 100) / total) : 0,
    text: `${formatCount(done)} ${of}`,
  };
}
