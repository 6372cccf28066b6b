import { create } from 'zustand';
import type { Campaign, CampaignSummary } from '../../../../shared/campaigns/campaign-types';
import type { AppError, Result } from '../../../../shared/contract/result';
import type { SampleCampaign } from '../../../../shared/contract/sample-contract';
import { loadLatest } from '../../../lib/load-latest';
import { reloadAfter } from '../../../lib/reload-after';
import { peaksend } from '../../../peaksend-api';

interface CampaignListState {
  readonly campaigns: readonly CampaignSummary[];
  /** True until the first answer, so the empty state does not flash. */
  readonly loading: boolean;
  readonly error: AppError | null;
  load(): Promise<void>;
  /** The list view is on screen: load now and follow live events until the returned stop. */
  watch(): () => void;
  /** `campaigns:status` and `campaigns:progress`: the figures in the list moved. */
  onCampaignEvent(): void;
  create(): Promise<Result<Campaign>>;
  /** "Try it with the Sandbox": a list of fake numbers and a campaign at its Review. */
  createSample(): Promise<Result<SampleCampaign>>;
  duplicate(id: number): Promise<Result<Campaign>>;
  archive(id: number, archived: boolean): Promise<Result<Campaign>>;
  remove(id: number): Promise<Result<void>>;
}

/** Live events arrive up to 10 times a second; the list refreshes at most once a second. */
export const REFRESH_INTERVAL_MS = 1000;
/** Campaigns another Peaksend sends bring no events here: the list is read again this often. */
const HELD_ELSEWHERE_REFRESH_MS = 2000;

/** The Campaigns page's list, with its sums, and the actions on its rows. */
export const useCampaignList = create<CampaignListState>((set, get) => {
  let watchers = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastLoad = 0;
  const load = loadLatest(
    () => {
      lastLoad = Date.now();
      return peaksend().campaigns.list();
    },
    (result) => {
      if (result.ok) set({ campaigns: result.value, loading: false, error: null });
      else set({ loading: false, error: result.error });
    },
  );
  const changing = <T>(change: Promise<Result<T>>) => reloadAfter(change, () => get().load());
  return {
    campaigns: [],
    loading: true,
    error: null,
    load,
    watch: () => {
      watchers += 1;
      void get().load();
      const follower = setInterval(() => {
        if (get().campaigns.some((c) => c.heldBy !== null)) void get().load();
      }, HELD_ELSEWHERE_REFRESH_MS);
      return () => {
        watchers -= 1;
        clearInterval(follower);
      };
    },
    onCampaignEvent: () => {
      // Nobody is looking: the next watch() loads anyway.
      if (watchers === 0 || timer !== null) return;
      const wait = Math.max(0, lastLoad + REFRESH_INTERVAL_MS - Date.now());
      timer = setTimeout(() => {
        timer = null;
        void get().load();
      }, wait);
    },
    create: () => peaksend().campaigns.create(),
    createSample: () => changing(peaksend().campaigns.createSample()),
    duplicate: (id) => changing(peaksend().campaigns.duplicate({ id })),
    archive: (id, archived) => changing(peaksend().campaigns.archive({ id, archived })),
    remove: (id) => changing(peaksend().campaigns.delete({ id })),
  };
});
