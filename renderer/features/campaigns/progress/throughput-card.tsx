import type { CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import { formatDecimal as formatRate } from '../../../lib/format';
import { Fact } from '../../../ui/fact';
import { useProgress } from './progress-store';
import { Sparkline } from './sparkline';

const SLOTS = 60;

/** Messages and parts per second now, and messages per second over the last minute. */
export function ThroughputCard({ progress }: { progress: CampaignProgress }) {
  const samples = useProgress((s) => s.samples);
  const sending = progress.status === 'sending';
  const mps = sending ? progress.messagesPerSecond : 0;
  const pps = sending ? progress.partsPerSecond : 0;
  const values = samples.map((s) => s.messages);
  const peak = Math.max(0, ...values);
  return (
    <section className="card cp-card" aria-labelledby="cp-throughput-title">
      <h2 id="cp-throughput-title">Throughput</h2>
      <dl className="cp-stats">
        <Fact term="Messages per second">{formatRate(mps)}</Fact>
        <Fact term="Parts per second">{formatRate(pps)}</Fact>
      </dl>
      <Sparkline
        values={values}
        slots={SLOTS}
        label={
          values.length > 1
            ? `Messages per second over the last ${values.length} seconds: now ${formatRate(mps)}, peak ${formatRate(peak)}`
            : 'Messages per second: not enough data for a chart yet'
        }
      />
      <p className="cp-chart-caption muted" aria-hidden="true">
        Last minute · peak {formatRate(peak)}/s
      </p>
    </section>
  );
}
