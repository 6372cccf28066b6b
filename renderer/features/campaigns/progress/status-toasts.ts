import { useEffect } from 'react';
import { describePauseReason, isNewsworthyPause } from '../../../../shared/campaigns/pause-reason';
import type { CampaignStatusEvent } from '../../../../shared/contract/campaigns-contract';
import { peaksend } from '../../../peaksend-api';
import { useToasts } from '../../../ui/toast-store';

let subscribers = 0;
let unsubscribe: (() => void) | null = null;

function announce(e: CampaignStatusEvent): void {
  const toasts = useToasts.getState();
  if (e.status === 'done') {
    toasts.show('success', `“${e.name}” has finished sending.`, 6000);
  } else if (e.status === 'paused' && isNewsworthyPause(e.pauseReason)) {
    // A pause the user asked for needs no news; one the engine chose does.
    toasts.show('error', `“${e.name}” paused: ${describePauseReason(e.pauseReason)}`, 10_000);
  }
}

/**
 * In-app news when a campaign finishes or pauses on its own (main also shows a desktop
 * notification). Reference-counted: any number of views may use it and the app still
 * subscribes once, so each event is announced once.
 */
export function useCampaignStatusToasts(): void {
  useEffect(() => {
    subscribers += 1;
    unsubscribe ??= peaksend().campaigns.onStatus(announce);
    return () => {
      subscribers -= 1;
      if (subscribers === 0) {
        unsubscribe?.();
        unsubscribe = null;
      }
    };
  }, []);
}
