import { useState } from 'react';
import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import { useToasts } from '../../../../ui/toast-store';
import { useCampaignEditor } from '../campaign-editor-store';
import { describeStart } from './schedule-time';

/** A scheduled campaign is frozen; unscheduling makes it a ready draft again. */
export function ScheduledBanner({ campaign }: { campaign: Campaign }) {
  const unscheduleCampaign = useCampaignEditor((s) => s.unschedule);
  const show = useToasts((s) => s.show);
  const [busy, setBusy] = useState(false);
  const unschedule = async () => {
    setBusy(true);
    const r = await unscheduleCampaign();
    setBusy(false);
    if (!r.ok) show('error', r.error.message);
  };
  return (
    <div className="banner banner-info scheduled-banner" role="status">
      <span>
        Scheduled to start{' '}
        <strong>{campaign.scheduleAt ? describeStart(campaign.scheduleAt) : 'soon'}</strong>. To
        change anything, unschedule it first.
      </span>
      <button type="button" disabled={busy} onClick={() => void unschedule()}>
        Unschedule
      </button>
    </div>
  );
}
