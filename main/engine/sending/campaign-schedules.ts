import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { AppFailure } from '../../../shared/contract/result';
import type { CampaignStore } from '../campaigns/campaign-store';
import { storageFaultOf } from '../db/storage-fault';
import type { StreamCredentials } from '../../engine-contract/stream-credentials';

/** setTimeout's longest delay; a later schedule re-arms when this one fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;
/** A schedule missed by more than this while Peaksend was closed is not sent late. */
const MISSED_AFTER_MS = 3600_000;
/** Right after a restart main may not have handed the stream's token back yet. */
const CREDENTIALS_RETRY_MS = 5000;

export interface ScheduleDeps {
  readonly campaigns: CampaignStore;
  readonly now: () => number;
  /** The stream's credentials once main has handed them over (and the stream is resolved). */
  readonly credentials: (streamId: string) => StreamCredentials | null;
  /** Starts sending now; throws when the campaign cannot start (e.g. it no longer renders). */
  readonly begin: (campaign: Campaign, creds: StreamCredentials) => void;
  /** The campaign was paused because its scheduled start failed. */
  readonly failed: (campaign: Campaign) => void;
}

/** One timer per scheduled campaign, and what happens when it fires. */
export class CampaignSchedules {
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(private readonly d: ScheduleDeps) {}

  arm(campaignId: number, at: number): void {
    this.clear(campaignId);
    const delay = Math.min(at - this.d.now(), MAX_DELAY_MS);
    const timer = setTimeout(() => {
      this.timers.delete(campaignId);
      this.due(campaignId);
    }, delay);
    timer.unref?.();
    this.timers.set(campaignId, timer);
  }

  clear(campaignId: number): void {
    clearTimeout(this.timers.get(campaignId));
    this.timers.delete(campaignId);
  }

  /**
   * Re-arms schedules after a restart. A campaign whose time passed more than an hour ago while
   * Peaksend was closed is paused instead of sent late without the user knowing.
   */
  rearm(): void {
    for (const c of this.d.campaigns.list()) {
      if (c.status !== 'scheduled' || !c.scheduleAt) continue;
      const at = Date.parse(c.scheduleAt);
      if (at < this.d.now() - MISSED_AFTER_MS) {
        this.d.campaigns.setStatus(c.id, 'paused', {
          pauseReason: { kind: 'missedSchedule', scheduledFor: c.scheduleAt },
        });
      } else this.arm(c.id, at);
    }
  }

  private due(campaignId: number): void {
    const c = this.d.campaigns.get(campaignId);
    if (c.status !== 'scheduled' || !c.streamId) return;
    const creds = this.d.credentials(c.streamId);
    if (!creds) {
      this.arm(campaignId, this.d.now() + CREDENTIALS_RETRY_MS);
      return;
    }
    try {
      this.d.begin(c, creds);
    } catch (error) {
      // Another Peaksend on this data folder started it at the same moment: it is being sent.
      if (error instanceof AppFailure && error.code === 'CAMPAIGN_BUSY') return;
      // The disk refused the start (full, read-only): try again shortly instead of pausing,
      // which the disk would refuse too.
      if (storageFaultOf(error) || (error instanceof AppFailure && error.code === 'IO')) {
        this.arm(campaignId, this.d.now() + CREDENTIALS_RETRY_MS);
        return;
      }
      const message = error instanceof AppFailure ? error.message : 'The campaign could not start.';
      const pauseReason = { kind: 'startFailed', message } as const;
      this.d.failed(this.d.campaigns.setStatus(campaignId, 'paused', { pauseReason }));
    }
  }

  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
