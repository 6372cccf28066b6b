import { create } from 'zustand';
import type { Campaign, CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import type { AppError, Result } from '../../../../shared/contract/result';
import { peaksend } from '../../../peaksend-api';
import { useToasts } from '../../../ui/toast-store';

/** One point of the throughput chart. */
export interface ThroughputSample {
  readonly at: number;
  readonly messages: number;
  readonly parts: number;
}

const MAX_SAMPLES = 60;

interface ProgressState {
  readonly id: number | null;
  readonly campaign: Campaign | null;
  readonly streamName: string | null;
  readonly progress: CampaignProgress | null;
  /** One a second while sending: the chart covers the last minute. */
  readonly samples: readonly ThroughputSample[];
  readonly loadError: AppError | null;
  load(id: number): Promise<void>;
  /** Applies a pushed or fetched snapshot unless a newer one is already shown. */
  apply(progress: CampaignProgress): void;
  /** Asks the engine again (after an action, whose answer carries no figures). */
  refresh(): Promise<void>;
  setCampaign(campaign: Campaign): void;
  /** Takes the chart's next sample (called once a second). */
  sample(now: number): void;
}

let loadSeq = 0;

function appendSample(
  samples: readonly ThroughputSample[],
  sample: ThroughputSample,
): readonly ThroughputSample[] {
  const next = [...samples, sample];
  return next.length > MAX_SAMPLES ? next.slice(next.length - MAX_SAMPLES) : next;
}

/** The open progress page: its campaign, the latest figures and the throughput history. */
export const useProgress = create<ProgressState>((set, get) => ({
  id: null,
  campaign: null,
  streamName: null,
  progress: null,
  samples: [],
  loadError: null,
  load: async (id) => {
    const seq = ++loadSeq;
    if (get().id !== id) {
      set({ id, campaign: null, streamName: null, progress: null, samples: [], loadError: null });
    }
    const api = peaksend();
    const [campaign, progress, streams] = await Promise.all([
      api.campaigns.get({ id }),
      api.campaigns.progress({ id }),
      api.streams.list(),
    ]);
    if (seq !== loadSeq) return;
    if (!campaign.ok) {
      set({ loadError: campaign.error });
      return;
    }
    const stream = streams.ok ? streams.value.find((s) => s.id === campaign.value.streamId) : null;
    set({ campaign: campaign.value, streamName: stream?.name ?? null, loadError: null });
    if (progress.ok) get().apply(progress.value);
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
  refresh: async () => {
    const { id } = get();
    if (id === null) return;
    const [campaign, progress] = await Promise.all([
      peaksend().campaigns.get({ id }),
      peaksend().campaigns.progress({ id }),
    ]);
    if (get().id !== id) return;
    if (campaign.ok) set({ campaign: campaign.value });
    if (progress.ok) get().apply(progress.value);
  },
  setCampaign: (campaign) => {
    if (campaign.id === get().id) set({ campaign });
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
}));

/**
 * Runs one action and reports a failure in a toast. The figures are fetched again afterwards
 * because an action answers with the campaign, not its counts.
 */
export async function runAction<T>(
  call: () => Promise<Result<T>>,
  failure: string,
): Promise<Result<T>> {
  const result = await call();
  void useProgress.getState().refresh();
  if (!result.ok) useToasts.getState().show('error', `${failure}: ${result.error.message}`);
  return result;
}
