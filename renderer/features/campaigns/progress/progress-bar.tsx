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

const segments = [
  ['delivered', 'cp-seg-ok'],
  ['accepted', 'cp-seg-accepted'],
  ['failed', 'cp-seg-failed'],
  ['uncertain', 'cp-seg-uncertain'],
  ['skipped', 'cp-seg-skipped'],
  ['sending', 'cp-seg-sending'],
] as const;

/**
 * One bar, coloured by outcome; its value is the share of recipients the sender is finished
 * with. Rounded down, so 100 % means every row really is done.
 */
export function ProgressBar({ progress }: { progress: CampaignProgress }) {
  const { total } = progress;
  const done = doneRows(progress);
  const percent = total > 0 ? Math.floor((done * 100) / total) : 0;
  return (
    <div className="cp-bar-block">
      <div className="cp-bar-figures">
        <span className="cp-percent" aria-hidden="true">
          {percent} %
        </span>
        <span className="muted">
          {formatCount(done)} of {formatCount(total)} recipients
        </span>
      </div>
      <div
        className="cp-bar"
        role="progressbar"
        aria-label="Campaign progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} %: ${formatCount(done)} of ${formatCount(total)} recipients done`}
      >
        {segments.map(([group, className]) => {
          const n = progress.byGroup[group];
          return n > 0 && total > 0 ? (
            <span key={group} className={className} style={{ width: `${(n * 100) / total}%` }} />
          ) : null;
        })}
      </div>
    </div>
  );
}
