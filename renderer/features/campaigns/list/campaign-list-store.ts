import { create } from 'zustand';
import type { CampaignSummary } from '../../../../shared/campaigns/campaign-types';
import type { AppError } from '../../../../shared/contract/result';
import { peaksend } from '../../../peaksend-api';

interface CampaignListState {
  readonly campaigns: readonly CampaignSummary[];
  /** True until the first answer, so the empty state does not flash. */
  readonly loading: boolean;
  readonly error: AppError | null;
  load(): Promise<void>;
  /** Live events arrive up to 10 times a second; the list refreshes at most once a second. */
  refreshSoon(): void;
}

const REFRESH_INTERVAL_MS = 1000;
let loadSeq = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let lastLoad = 0;

export const useCampaignList = create<CampaignListState>((set, get) => ({
  campaigns: [],
  loading: true,
  error: null,
  load: async () => {
    // An older answer arriving late must not overwrite a newer one.
    const seq = ++loadSeq;
    lastLoad = Date.now();
    const result = await peaksend().campaigns.list();
    if (seq !== loadSeq) return;
    if (result.ok) set({ campaigns: result.value, loading: false, error: null });
    else set({ loading: false, error: result.error });
  },
  refreshSoon: () => {
    if (timer !== null) return;
    const wait = Math.max(0, lastLoad + REFRESH_INTERVAL_MS - Date.now());
    timer = setTimeout(() => {
      timer = null;
      void get().load();
    }, wait);
  },
}));
