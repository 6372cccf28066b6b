import type { DatabaseSync } from 'node:sqlite';
import type { Campaign, CampaignProgress } from '../../../shared/campaigns/campaign-types';
import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import { AppFailure } from '../../../shared/contract/result';
import type { CampaignStore } from '../campaigns/campaign-store';
import { QuietHours } from '../campaigns/quiet-hours';
import type { ClientDeps } from '../commpeak/call-api';
import { suppressedAmong } from '../contacts/suppression-list';
import { LedgerStore } from '../ledger/ledger-store';
import type { SettingsStore } from '../settings/settings-store';
import { ActiveRuns } from './active-runs';
import type { RunnerEnd } from './campaign-runner';
import { CampaignSchedules } from './campaign-schedules';
import type { EmbeddedSandbox } from './embedded-sandbox';
import type { GroupCommit } from './group-commit';
import { materializeLedger } from './materialize-ledger';
import { priceLookup, ProgressPublisher } from './progress-publisher';
import { resolveStream } from './resolve-stream';
import { assertCanResume, assertCanStart } from './start-rules';
import { StatusPoller } from './status-poller';
import type { EmitEngineEvent } from '../../engine-contract/engine-events';
import type { StreamCredentials } from '../../engine-contract/stream-credentials';
import { StreamRegistry } from './stream-registry';

export interface CoordinatorDeps {
  readonly db: DatabaseSync;
  /** Shared with the audit log so a batch's outcome and its audit record commit together. */
  readonly commit: GroupCommit;
  readonly campaigns: CampaignStore;
  readonly settings: SettingsStore;
  readonly client: ClientDeps;
  readonly sandbox: EmbeddedSandbox;
  readonly now: () => number;
  readonly emit: EmitEngineEvent;
  /** Request timeout for real streams. */
  readonly timeoutMs?: number;
}

/**
 * Owns every send: what the user can do to a campaign (start, pause, resume, cancel, resend,
 * retry), crash recovery, and the parts that run them — a runner per sending campaign, streams
 * and their buckets, schedules, the status poller and progress events.
 */
export class SendCoordinator {
  readonly ledger: LedgerStore;
  private readonly runs: ActiveRuns;
  private readonly streams: StreamRegistry;
  private readonly publisher: ProgressPublisher;
  private readonly schedules: CampaignSchedules;
  private readonly poller: StatusPoller;

  constructor(private readonly d: CoordinatorDeps) {
    this.ledger = new LedgerStore(d.db);
    this.runs = new ActiveRuns(
      {
        ledger: this.ledger,
        commit: d.commit,
        client: d.client,
        now: d.now,
        suppressedAmong: (phones) => suppressedAmong(d.db, phones),
      },
      (id, end, stopping) => this.ended(id, end, stopping),
    );
    this.streams = new StreamRegistry((c) => resolveStream(c, d.sandbox, d.timeoutMs));
    this.publisher = new ProgressPublisher({
      ledger: this.ledger,
      prices: () => d.settings.priceTable(),
      now: d.now,
      emit: d.emit,
      snapshot: (id) => this.progress(id),
    });
    this.schedules = new CampaignSchedules({
      campaigns: d.campaigns,
      now: d.now,
      credentials: (streamId) => this.streams.ready(streamId),
      begin: (c, creds) => {
        materializeLedger(d.db, c, this.ledger);
        this.launch(c.id, creds);
      },
      failed: (c) => this.publisher.status(c),
    });
    this.poller = new StatusPoller({
      ledger: this.ledger,
      client: d.client,
      now: d.now,
      streamFor: (id) => {
        const streamId = d.campaigns.get(id).streamId;
        return streamId ? this.streams.stream(streamId) : null;
      },
      moved: (id, from, to) => {
        this.publisher.tracker(id).move(from, to);
        this.publisher.changed(id);
      },
    });
  }

  /**
   * After a crash or quit: rows left `submitting` become `uncertain` (they may have reached
   * CommPeak), and campaigns that were sending are paused until the user resumes them.
   */
  recover(): { uncertain: number; paused: number[] } {
    const uncertain = this.ledger.markInterruptedUncertain();
    const paused = this.d.campaigns.pauseInterrupted();
    this.schedules.rearm();
    this.poller.start();
    return { uncertain, paused };
  }

  /** Tokens for streams whose campaigns need polling or are scheduled (main passes them in). */
  setCredentials(list: readonly StreamCredentials[]): void {
    for (const c of list) void this.streams.remember(c);
  }

  streamIdsNeedingCredentials(): string[] {
    return this.streams.missingFor(this.d.campaigns.list());
  }

  async start(campaignId: number, creds: StreamCredentials): Promise<Campaign> {
    const campaign = this.d.campaigns.get(campaignId);
    assertCanStart(campaign, creds);
    await this.streams.remember(creds);
    const at = campaign.scheduleAt ? Date.parse(campaign.scheduleAt) : NaN;
    if (Number.isFinite(at) && at > this.d.now()) {
      this.schedules.arm(campaignId, at);
      return this.d.campaigns.setStatus(campaignId, 'scheduled');
    }
    materializeLedger(this.d.db, campaign, this.ledger);
    return this.launch(campaignId, creds);
  }

  async resume(campaignId: number, creds: StreamCredentials): Promise<Campaign> {
    assertCanResume(this.d.campaigns.get(campaignId));
    await this.streams.remember(creds);
    return this.launch(campaignId, creds);
  }

  async pause(campaignId: number, reason: PauseReason = { kind: 'user' }): Promise<Campaign> {
    const c = this.d.campaigns.get(campaignId);
    if (c.status === 'scheduled') {
      this.schedules.clear(campaignId);
      return this.d.campaigns.setStatus(campaignId, 'ready');
    }
    if (!(await this.runs.stop(campaignId))) return c;
    const out = this.d.campaigns.setStatus(campaignId, 'paused', { pauseReason: reason });
    // `ended` reported the campaign while it was still `sending`; say where it ended up.
    this.publisher.statusChanged(out);
    return out;
  }

  async cancel(campaignId: number): Promise<Campaign> {
    this.schedules.clear(campaignId);
    await this.runs.stop(campaignId);
    const c = this.d.campaigns.get(campaignId);
    if (c.status === 'done' || c.status === 'canceled') return c;
    this.ledger.skipOpenRows(campaignId);
    const out = this.d.campaigns.setStatus(campaignId, 'canceled');
    this.publisher.refresh(campaignId);
    this.publisher.statusChanged(out);
    return out;
  }

  /** The user chose to resend uncertain rows (they may get the message twice). */
  async resendUncertain(
    campaignId: number,
    creds: StreamCredentials,
    seqs?: readonly number[],
  ): Promise<Campaign> {
    await this.requireIdle(campaignId);
    this.ledger.resendUncertain(campaignId, seqs);
    this.d.campaigns.setStatus(campaignId, 'paused');
    return this.resume(campaignId, creds);
  }

  /** The user says the uncertain rows did reach their recipients. */
  async markUncertainSent(campaignId: number, seqs?: readonly number[]): Promise<void> {
    this.ledger.markUncertainSent(campaignId, seqs);
    this.publisher.refresh(campaignId);
    this.publisher.progressNow(campaignId);
  }

  /** Sends again to rows that failed (permanently or by delivery report), as new messages. */
  async retryFailed(campaignId: number, creds: StreamCredentials): Promise<Campaign> {
    await this.requireIdle(campaignId);
    if (this.ledger.resetFailedForRetry(campaignId) === 0) {
      throw new AppFailure('CONFLICT', 'No failed recipients to retry.');
    }
    this.d.campaigns.setStatus(campaignId, 'paused');
    return this.resume(campaignId, creds);
  }

  progress(campaignId: number): CampaignProgress {
    const c = this.d.campaigns.get(campaignId);
    const held = this.runs.held(campaignId);
    return this.publisher.build(c, {
      running: this.runs.has(campaignId),
      heldForQuietHours: held.count,
      nextOpeningMs: held.nextOpeningMs,
      nominalRate: c.streamId ? this.streams.rateOf(c.streamId) : null,
    });
  }

  isActive(campaignId: number): boolean {
    return this.runs.has(campaignId);
  }

  /** Quit = pause: waits for requests in flight, leaves campaigns `sending` for recovery. */
  async close(): Promise<void> {
    await this.poller.stop();
    this.schedules.close();
    this.publisher.close();
    await this.runs.stopAll();
  }

  pollNow(): Promise<number> {
    return this.poller.tick();
  }

  private async requireIdle(campaignId: number): Promise<void> {
    if (this.runs.has(campaignId)) await this.pause(campaignId);
  }

  private launch(campaignId: number, creds: StreamCredentials): Campaign {
    if (this.runs.has(campaignId)) return this.d.campaigns.get(campaignId);
    const campaign = this.d.campaigns.setStatus(campaignId, 'sending');
    const stream = this.streams.stream(creds.id);
    if (!stream) throw new AppFailure('INTERNAL', 'Stream not resolved');
    this.runs.start({
      campaignId,
      sender: campaign.sender || creds.defaultSender,
      stream,
      batchSize: campaign.batchSize,
      concurrency: campaign.concurrency,
      bucket: this.streams.bucketFor(creds),
      progress: this.publisher.refresh(campaignId),
      quietHours: campaign.quietHours ? new QuietHours(this.d.settings.quietHours()) : null,
      priceOf: priceLookup(this.d.settings.priceTable()),
      changed: () => this.publisher.changed(campaignId),
    });
    this.publisher.statusChanged(campaign);
    return campaign;
  }

  /** A run ended: halted = paused with its reason, finished on its own = done. */
  private ended(campaignId: number, end: RunnerEnd, stopping: boolean): void {
    const { campaigns } = this.d;
    this.publisher.statusChanged(
      end.kind === 'halted'
        ? campaigns.setStatus(campaignId, 'paused', { pauseReason: end.reason })
        : end.kind === 'finished' && !stopping
          ? campaigns.setStatus(campaignId, 'done')
          : campaigns.get(campaignId),
    );
  }
}
