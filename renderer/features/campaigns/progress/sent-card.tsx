import type { CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import { formatCount, formatMoney } from '../../../lib/format';

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
        <div>
          <dt>Message parts</dt>
          <dd>{formatCount(progress.partsSent)}</dd>
        </div>
        <div>
          <dt>Cost</dt>
          <dd>{cost ?? '—'}</dd>
        </div>
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
