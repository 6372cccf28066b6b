import type { CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import { formatCount } from '../../../lib/format';
import { groupLabel, progressGroups } from './progress-labels';

/** How many recipients are in each stage; the dot matches the bar's colour, the words carry it. */
export function ProgressCounts({ progress }: { progress: CampaignProgress }) {
  return (
    <dl className="cp-counts" aria-label="Recipients by state">
      {progressGroups.map((group) => (
        <div key={group} className={`cp-count cp-count-${group}`}>
          <dt>
            <span className="cp-dot" aria-hidden="true" />
            {groupLabel(group)}
          </dt>
          <dd data-group={group}>{formatCount(progress.byGroup[group])}</dd>
        </div>
      ))}
    </dl>
  );
}
