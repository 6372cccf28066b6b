import { describePauseReason, isNewsworthyPause } from '../../../../shared/campaigns/pause-reason';
import type { CampaignStatusEvent } from '../../../../shared/contract/campaigns-contract';
import { useToasts } from '../../../ui/toast-store';

/**
 * In-app news when a campaign finishes or pauses on its own, whatever page is open (main also
 * shows a desktop notification). The app's event hub calls it once per `campaigns:status`.
 */
export function announceCampaignStatus(e: CampaignStatusEvent): void {
  const toasts = useToasts.getState();
  if (e.status === 'done') {
    toasts.show('success', `“${e.name}” has finished sending.`, 6000);
  } else if (e.status === 'paused' && isNewsworthyPause(e.pauseReason)) {
    // A pause the user asked for needs no news; one the engine chose does.
    toasts.show('error', `“${e.name}” paused: ${describePauseReason(e.pauseReason)}`, 10_000);
  }
}
