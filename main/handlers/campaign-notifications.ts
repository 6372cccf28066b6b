import { describePauseReason, isNewsworthyPause } from '../../shared/campaigns/pause-reason';
import type { CampaignStatusEvent } from '../../shared/contract/campaigns-contract';
import type { MainPorts } from './main-ports';

/** A desktop notification when a campaign finishes, or pauses for a reason the user must see. */
export function notifyCampaignStatus(notify: MainPorts['notify'], e: CampaignStatusEvent): void {
  if (e.status === 'done') notify('Campaign finished', `"${e.name}" has been sent.`);
  else if (e.status === 'paused' && isNewsworthyPause(e.pauseReason)) {
    notify('Campaign paused', `"${e.name}": ${describePauseReason(e.pauseReason)}`);
  }
}
