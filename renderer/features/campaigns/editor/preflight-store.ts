import { useEffect } from 'react';
import { create } from 'zustand';
import type { Campaign, PreflightReport } from '../../../../shared/campaigns/campaign-types';
import { latestRequest } from '../../../lib/latest-request';
import { peaksend } from '../../../peaksend-api';
import { useCampaignEditor } from './campaign-editor-store';

/** What the pre-flight depends on; moving between steps does not make a report stale. */
export function preflightKey(c: Campaign): string {
  return JSON.stringify([
    c.id,
    c.name,
    c.variants,
    c.split,
    c.utm,
    c.optOutFooter,
    c.listIds,
    c.excludeListIds,
    c.segmentIds,
    c.excludeSegmentIds,
    c.streamId,
    c.sender,
    c.scheduleAt,
    c.quietHours,
  ]);
}

interface PreflightState {
  readonly report: PreflightReport | null;
  /** `preflightKey` of the campaign the report was made for; an edit makes it stale. */
  readonly forKey: string | null;
  readonly running: boolean;
  readonly error: string | null;
  /** Saves pending edits, then renders the message for every recipient in the engine. */
  run(): Promise<void>;
  /**
   * The saved settings changed (prices, quiet hours, sender rules): the report no longer holds,
   * so an open Review or Send step checks again by itself.
   */
  invalidate(): void;
}

const runs = latestRequest();

export const usePreflight = create<PreflightState>((set) => ({
  report: null,
  forKey: null,
  running: false,
  error: null,
  invalidate: () => set({ forKey: null }),
  run: async () => {
    const isLatest = runs.begin('latest');
    set({ running: true, error: null });
    const saved = await useCampaignEditor.getState().flush();
    const campaign = useCampaignEditor.getState().campaign;
    // A newer run took over; it owns `running` and the result.
    if (!isLatest()) return;
    if (!campaign) {
      set({ running: false });
      return;
    }
    if (!saved) {
      set({ running: false, error: 'The latest changes are not saved yet; fix them first.' });
      return;
    }
    const result = await peaksend().campaigns.preflight({ id: campaign.id });
    if (!isLatest()) return;
    if (result.ok) {
      set({
        report: result.value,
        forKey: preflightKey(campaign),
        running: false,
      });
    } else {
      set({ running: false, error: result.error.message });
    }
  },
}));

/** The report when it matches the campaign as it is now. */
export function useFreshPreflight(): PreflightReport | null {
  const report = usePreflight((s) => s.report);
  const forKey = usePreflight((s) => s.forKey);
  const campaign = useCampaignEditor((s) => s.campaign);
  if (!campaign || forKey !== preflightKey(campaign)) return null;
  return report;
}

/**
 * The fresh report, running the pre-flight whenever there is none for the campaign as it is now.
 * Keyed on the campaign's content, not only on "stale": a report that arrives already outdated
 * (the user changed something meanwhile) must start another run, not leave the step waiting.
 */
export function useAutoPreflight(): PreflightReport | null {
  const report = useFreshPreflight();
  const run = usePreflight((s) => s.run);
  const campaign = useCampaignEditor((s) => s.campaign);
  const key = campaign ? preflightKey(campaign) : null;
  const stale = report === null;
  useEffect(() => {
    if (stale && key !== null) void run();
  }, [stale, key, run]);
  return report;
}
