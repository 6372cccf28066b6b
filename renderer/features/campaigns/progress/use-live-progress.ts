import { useEffect } from 'react';
import type { CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import { peaksend } from '../../../peaksend-api';
import { useProgress } from './progress-store';

/**
 * Loads a campaign's figures and follows its pushed progress. Events (up to 10 a second) are
 * coalesced into at most one store update per animation frame, so a busy send never queues up
 * renders; a hidden window gets no frames and simply catches up when it is shown again.
 */
export function useLiveProgress(id: number): void {
  useEffect(() => {
    const store = useProgress.getState();
    void store.load(id);
    let latest: CampaignProgress | null = null;
    let frame = 0;
    const flush = () => {
      frame = 0;
      if (latest) useProgress.getState().apply(latest);
      latest = null;
    };
    const offProgress = peaksend().campaigns.onProgress((p) => {
      if (p.campaignId !== id) return;
      latest = p;
      if (frame === 0) frame = requestAnimationFrame(flush);
    });
    // A status change can come without new counts (a pause by another window, a token refused).
    const offStatus = peaksend().campaigns.onStatus((e) => {
      if (e.campaignId === id) void useProgress.getState().refresh();
    });
    // The chart moves with time, not with events: a stall shows as a dip, not a frozen line.
    const ticker = window.setInterval(() => useProgress.getState().sample(Date.now()), 1000);
    return () => {
      offProgress();
      offStatus();
      cancelAnimationFrame(frame);
      window.clearInterval(ticker);
    };
  }, [id]);
}
