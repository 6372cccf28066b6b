import { create } from 'zustand';
import type {
  Campaign,
  CampaignProgress,
  ResultPage,
} from '../../../../shared/campaigns/campaign-types';
import type { VariantKey } from '../../../../shared/campaigns/message-variants';
import type { CampaignStatusEvent } from '../../../../shared/contract/campaigns-contract';
import type { AppError, Result } from '../../../../shared/contract/result';
import { latestRequest } from '../../../lib/latest-request';
import { nextFrame } from '../../../lib/next-frame';
import { peaksend } from '../../../peaksend-api';
import { useToasts } from '../../../ui/toast-store';
import { appendSample, type ThroughputSample } from './throughput-samples';

interface ProgressState {
  readonly id: number | null;
  readonly campaign: Campaign | null;
  readonly progress: CampaignProgress | null;
  /** One a second while sending: the chart covers the last minute. */
  readonly samples: readonly ThroughputSample[];
  readonly loadError: AppError | null;
  /** The progress view of `id` is on screen: load it and follow it until the returned stop. */
  watch(id: number): () => void;
  /** Asks the engine again (after an action, whose answer carries no figures). */
  refresh(): Promise<void>;
  /** Applies a pushed or fetched snapshot unless a newer one is already shown. */
  apply(progress: CampaignProgress): void;
  /** `campaigns:progress`: up to 10 a second, applied at most once per frame. */
  onProgress(progress: CampaignProgress): void;
  /** `campaigns:status`: a status can change without new counts (a pause, a token refused). */
  onStatus(event: CampaignStatusEvent): void;
  /** Takes the chart's next sample (called once a second). */
  sample(now: number): void;
  pause(): Promise<Result<Campaign>>;
  resume(): Promise<Result<Campaign>>;
  cancel(): Promise<Result<Campaign>>;
  retryFailed(): Promise<Result<Campaign>>;
  /** After a test split's test share: the rest gets `variant`. */
  chooseWinner(variant: VariantKey): Promise<Result<Campaign>>;
  /** Every uncertain row, or only `seqs` (the rows the user selected). */
  resendUncertain(seqs?: readonly number[]): Promise<Result<Campaign>>;
  markUncertainSent(seqs?: readonly number[]): Promise<Result<void>>;
  exportResults(): Promise<Result<{ path: string; rows: number } | null>>;
  /** A page of the uncertain rows (filtered by phone digits or error), for the panel. */
  uncertainRows(q: {
    offset: number;
    limit: number;
    search: string;
    errorCode?: string;
  }): Promise<Result<ResultPage>>;
}

const NOT_OPEN = { code: 'NOT_FOUND', message: 'No campaign is open.' } as const;
/** Another Peaksend sending the campaign sends us no events: its figures are read this often. */
export const HELD_ELSEWHERE_REFRESH_MS = 2000;

/** The open progress page: its campaign, the latest figures and the throughput history. */
export const useProgress = create<ProgressState>((set, get) => {
  /** Loads and refreshes of the figures: only the newest answer is shown. */
  const figures = latestRequest();
  let watching = 0;
  let pushed: CampaignProgress | null = null;

  const fetchFigures = async (id: number, opening: boolean) => {
    const isLatest = figures.begin('latest');
    const api = peaksend().campaigns;
    const [campaign, progress] = await Promise.all([api.get({ id }), api.progress({ id })]);
    if (!isLatest()) return;
    // Opening a campaign that cannot be read shows why; a failed refresh keeps what is shown.
    if (!campaign.ok && opening) return set({ loadError: campaign.error });
    if (campaign.ok) set({ campaign: campaign.value, loadError: null });
    if (progress.ok) get().apply(progress.value);
  };

  /**
   * Runs one action on the open campaign and reports a failure in a toast. The figures are
   * fetched again afterwards because an action answers with the campaign, not its counts.
   */
  const act = async <T>(
    call: (id: number) => Promise<Result<T>>,
    failure: string,
  ): Promise<Result<T>> => {
    const { id } = get();
    if (id === null) return { ok: false, error: NOT_OPEN };
    const result = await call(id);
    void get().refresh();
    if (!result.ok) useToasts.getState().show('error', `${failure}: ${result.error.message}`);
    return result;
  };
  const campaignAction = async (
    call: (id: number) => Promise<Result<Campaign>>,
    failure: string,
  ) => {
    const result = await act(call, failure);
    if (result.ok && result.value.id === get().id) set({ campaign: result.value });
    return result;
  };

  return {
    id: null,
    campaign: null,
    progress: null,
    samples: [],
    loadError: null,
    watch: (id) => {
      watching += 1;
      if (get().id !== id) {
        set({ id, campaign: null, progress: null, samples: [], loadError: null });
      }
      void fetchFigures(id, true);
      // The chart moves with time, not with events: a stall shows as a dip, not a frozen line.
      const ticker = setInterval(() => get().sample(Date.now()), 1000);
      const follower = setInterval(() => {
        if (get().progress?.heldBy) void get().refresh();
      }, HELD_ELSEWHERE_REFRESH_MS);
      return () => {
        watching -= 1;
        clearInterval(ticker);
        clearInterval(follower);
      };
    },
    refresh: async () => {
      const { id } = get();
      if (id !== null) await fetchFigures(id, false);
    },
    apply: (p) => {
      const { id, progress, campaign } = get();
      if (p.campaignId !== id) return;
      if (progress && p.at < progress.at) return;
      const statusMoved =
        campaign &&
        (campaign.status !== p.status ||
          JSON.stringify(campaign.pauseReason) !== JSON.stringify(p.pauseReason));
      set({
        progress: p,
        ...(statusMoved
          ? { campaign: { ...campaign, status: p.status, pauseReason: p.pauseReason } }
          : {}),
      });
    },
    onProgress: (p) => {
      if (watching === 0 || p.campaignId !== get().id) return;
      const first = pushed === null;
      pushed = p;
      if (!first) return;
      nextFrame(() => {
        const latest = pushed;
        pushed = null;
        if (latest) get().apply(latest);
      });
    },
    onStatus: (event) => {
      if (watching > 0 && event.campaignId === get().id) void get().refresh();
    },
    sample: (now) => {
      const { progress, samples } = get();
      if (!progress) return;
      const sending = progress.status === 'sending';
      const last = samples[samples.length - 1];
      // Once stopped, one zero brings the line down; after that the chart rests.
      if (!sending && (!last || (last.messages === 0 && last.parts === 0))) return;
      set({
        samples: appendSample(samples, {
          at: now,
          messages: sending ? progress.messagesPerSecond : 0,
          parts: sending ? progress.partsPerSecond : 0,
        }),
      });
    },
    pause: () => campaignAction((id) => peaksend().campaigns.pause({ id }), 'Could not pause'),
    resume: () => campaignAction((id) => peaksend().campaigns.resume({ id }), 'Could not resume'),
    cancel: () => campaignAction((id) => peaksend().campaigns.cancel({ id }), 'Could not cancel'),
    retryFailed: () =>
      campaignAction((id) => peaksend().campaigns.retryFailed({ id }), 'Could not retry'),
    chooseWinner: (variant) =>
      campaignAction(
        (id) => peaksend().campaigns.chooseWinner({ id, variant }),
        'Could not send the rest',
      ),
    resendUncertain: (seqs) =>
      campaignAction(
        (id) => peaksend().campaigns.resendUncertain(seqs ? { id, seqs: [...seqs] } : { id }),
        'Could not resend',
      ),
    markUncertainSent: (seqs) =>
      act(
        (id) => peaksend().campaigns.markUncertainSent(seqs ? { id, seqs: [...seqs] } : { id }),
        'Could not mark as sent',
      ),
    exportResults: () =>
      act((id) => peaksend().campaigns.exportResults({ id }), 'Could not export'),
    uncertainRows: async (q) => {
      const { id } = get();
      if (id === null) return { ok: false, error: NOT_OPEN };
      return peaksend().campaigns.results({ id, group: 'uncertain', ...q });
    },
  };
});
