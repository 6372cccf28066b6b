import type { CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import { barFigures } from './bar-figures';

const segments = [
  ['delivered', 'cp-seg-ok'],
  ['accepted', 'cp-seg-accepted'],
  ['failed', 'cp-seg-failed'],
  ['uncertain', 'cp-seg-uncertain'],
  ['skipped', 'cp-seg-skipped'],
  ['sending', 'cp-seg-sending'],
] as const;

/** One bar, coloured by outcome, with `barFigures` as its value. */
export function ProgressBar({ progress }: { progress: CampaignProgress }) {
  const { total } = progress;
  const { percent, text } = barFigures(progress);
  return (
    <div className="cp-bar-block">
      <div className="cp-bar-figures">
        <span className="cp-percent" aria-hidden="true">
          {percent} %
        </span>
        <span className="muted">{text}</span>
      </div>
      <div
        className="cp-bar"
        role="progressbar"
        aria-label="Campaign progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} %: ${text}${progress.status === 'canceled' ? '' : ' done'}`}
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
