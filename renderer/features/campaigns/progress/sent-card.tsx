import type { CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import { formatCount, formatMoney } from '../../../lib/format';
import { Fact } from '../../../ui/fact';

/** What has gone out so far: parts (what CommPeak bills) and their cost. */
export function SentCard({ progress }: { progress: CampaignProgress }) {
  const cost =
    progress.costSoFar !== null && progress.currency !== null
      ? formatMoney(progress.costSoFar, progress.currency)
      : null;
  return (
    <section className="card cp-card" aria-labelledby="cp-sent-title">
      <h2 id="cp-sent-title">Sent so far</h2>
      <dl className="cp-stats">
        <Fact term="Message parts">{formatCount(progress.partsSent)}</Fact>
        <Fact term="Cost">{cost ?? '—'}</Fact>
      </dl>
      {cost === null ? (
        <p className="muted cp-note">
          No price table covers this campaign; add prices in Settings to see the cost.
        </p>
      ) : (
        <p className="muted cp-note">Estimated from your price table.</p>
      )}
    </section>
  );
}
