import type { DatabaseSync } from 'node:sqlite';
import type { Campaign, CampaignProgress } from '../../../shared/campaigns/campaign-types';
import type { LeaseHolder } from '../../../shared/campaigns/lease-holder';
import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import { AppFailure } from '../../../shared/contract/result';
import type { CampaignStore } from '../campaigns/campaign-store';
import { QuietHours } from '../campaigns/quiet-hours';
import type { ClientDeps } from '../commpeak/call-api';
import { suppressedAmong } from '../contacts/suppression-list';
import { inTransaction } from '../db/transaction';
import type { CampaignLeases } from '../ledger/campaign-leases';
import { LedgerStore } from '../ledger/ledger-store';
import type { SettingsStore } from '../settings/settings-store';
import { ActiveRuns, type RunOutcome } from './active-runs';
import { CampaignClaims } from './campaign-claims';
import { CampaignSchedules } from './campaign-schedules';
import { DiskReserve } from './disk-reserve';
import type { EmbeddedSandbox } from './embedded-sandbox';
import type { GroupCommit } from './group-commit';
import { materializeLedger } from './materialize-ledger';
import { priceLookup, ProgressPublisher } from './progress-publisher';
import { resolveStream } from './resolve-stream';
import { RunEndings } from './run-endings';
import { assertCanResume, assertCanStart } from './start-rules';
import { StatusPoller } from './status-poller';
import { asStorageFailure, storageFailure } from './storage-failure';
import type { EmitEngineEvent } from '../../engine-contract/engine-events';
import type { StreamCredentials } from '../../engine-contract/stream-credentials';
import { StreamRegistry } from './stream-registry';

/** Leases are renewed this often while a run is quiet (its writes renew them too). */
const HEARTBEAT_MS = 5000;
/** A quit or a signal waits this long for answers in flight before it gives up on them. */
export const DRAIN_MS = 10_000;

export interface CoordinatorDeps {
  readonly db: DatabaseSync;
  readonly dataDir: string;
  /** Shared with the audit log so a batch's outcome and its audit record commit together. */
  readonly commit: GroupCommit;
  readonly leases: CampaignLeases;
  readonly campaigns: CampaignStore;
  readonly settings: SettingsStore;
  readonly client: ClientDeps;
  readonly sandbox: EmbeddedSandbox;
  readonly now: () => number;
  readonly emit: EmitEngineEvent;
  readonly log: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** Request timeout for real streams. */
  readonly timeoutMs?: number;
}

/**
 * Owns every send: what the user can do to a campaign (start, pause, resume, cancel, resend,
 * retry), crash recovery, and the parts that run them — a runner per sending campaign, streams
 * and their buckets, schedules, the status poller and progress events. Every action that could
 * send claims the campaign's lease first (campaign-claims.ts).
 */
export class SendCoordinator {
  readonly ledger: LedgerStore;
  private readonly runs: ActiveRuns;
  private readonly streams: StreamRegistry;
  private readonly publisher: ProgressPublisher;
  private readonly schedules: CampaignSchedules;
  private readonly poller: StatusPoller;
  private readonly claims: CampaignClaims;
  private readonly endings: RunEndings;
  private readonly reserve: DiskReserve;
  private readonly heartbeat: ReturnType<typeof setInterval>;
  /** Campaigns last seen sent by another Peaksend: their counts are read from disk each time. */
  private readonly foreign = new Set<number>();

  constructor(private readonly d: CoordinatorDeps) {
    this.ledger = new LedgerStore(d.db);
    const { db, leases, campaigns, commit, ledger } = { ...d, ledger: this.ledger };
    this.claims = new CampaignClaims({ db, leases, ledger, campaigns });
    this.reserve = new DiskReserve(d.dataDir);
    this.endings = new RunEndings({ ...d, ledger, reserve: this.reserve });
    this.runs = new ActiveRuns(
      {
        ledger,
        commit,
        client: d.client,
        now: d.now,
        suppressedAmong: (phones) => suppressedAmong(db, phones),
      },
      (id, outcome) => this.ended(id, outcome),
    );
    this.streams = new StreamRegistry((c) => resolveStream(c, d.sandbox, d.timeoutMs));
    this.publisher = new ProgressPublisher({
      ledger,
      prices: () => d.settings.priceTable(),
      now: d.now,
      emit: d.emit,
      snapshot: (id) => this.progress(id),
    });
    this.schedules = new CampaignSchedules({
      campaigns,
      now: d.now,
      credentials: (streamId) => this.streams.ready(streamId),
      begin: (c, creds) => this.beginScheduled(c.id, creds),
      failed: (c) => this.publisher.status(c),
    });
    this.poller = new StatusPoller({
      ledger,
      client: d.client,
      now: d.now,
      log: d.log,
      streamFor: (id) => {
        const streamId = d.campaigns.get(id).streamId;
        return streamId ? this.streams.stream(streamId) : null;
      },
      moved: (id, from, to) => {
        this.publisher.tracker(id).move(from, to);
        this.publisher.changed(id);
      },
    });
    this.heartbeat = setInterval(() => {
      this.runs.heartbeat();
      this.endings.retry();
    }, HEARTBEAT_MS);
    this.heartbeat.unref?.();
  }

  /**
   * At start: campaigns whose sender is gone have their rows left `submitting` made uncertain
   * (they may have reached CommPeak) and are paused until the user resumes them. Campaigns
   * another live Peaksend is sending are left alone.
   */
  recover(): { uncertain: number; paused: number[] } {
    const recovered = this.claims.recover();
    this.schedules.rearm();
    this.poller.start();
    return recovered;
  }

  /** Tokens for streams whose campaigns need polling or are scheduled (main passes them in). */
  setCredentials(list: readonly StreamCredentials[]): void {
    for (const c of list) void this.streams.remember(c);
  }

  streamIdsNeedingCredentials(): string[] {
    return this.streams.missingFor(this.d.campaigns.list());
  }

  start(campaignId: number, creds: StreamCredentials): Promise<Campaign> {
    return this.claimed(campaignId, creds, () => {
      const campaign = this.d.campaigns.get(campaignId);
      assertCanStart(campaign, creds);
      const at = campaign.scheduleAt ? Date.parse(campaign.scheduleAt) : NaN;
      if (Number.isFinite(at) && at > this.d.now()) {
        // A scheduled campaign is nobody's until its time comes.
        this.claims.release(campaignId);
        this.schedules.arm(campaignId, at);
        return this.d.campaigns.setStatus(campaignId, 'scheduled');
      }
      materializeLedger(this.d.db, campaign, this.ledger);
      return this.launch(campaignId, creds);
    });
  }

  async resume(campaignId: number, creds: StreamCredentials): Promise<Campaign> {
    if (this.runs.has(campaignId)) return this.campaign(campaignId);
    return this.claimed(campaignId, creds, () => {
      assertCanResume(this.d.campaigns.get(campaignId));
      return this.launch(campaignId, creds);
    });
  }

  /**
   * Stops a run here and records the pause with `reason` once its answers in flight are in (at
   * most `graceMs`; what is still unanswered then becomes uncertain).
   */
  async pause(
    campaignId: number,
    reason: PauseReason = { kind: 'user' },
    graceMs?: number,
  ): Promise<Campaign> {
    const c = this.campaign(campaignId);
    if (c.status === 'scheduled') {
      this.schedules.clear(campaignId);
      return this.d.campaigns.setStatus(campaignId, 'ready');
    }
    if (!(await this.runs.stop(campaignId, reason, graceMs))) {
      this.d.leases.assertNotHeldElsewhere(campaignId);
    }
    return this.campaign(campaignId);
  }

  async cancel(campaignId: number): Promise<Campaign> {
    this.schedules.clear(campaignId);
    await this.runs.stop(campaignId, { kind: 'user' });
    return this.claimed(campaignId, null, () => {
      const c = this.d.campaigns.get(campaignId);
      if (c.status === 'done' || c.status === 'canceled') {
        this.claims.release(campaignId);
        return c;
      }
      const out = inTransaction(this.d.db, () => {
        this.ledger.skipOpenRows(campaignId);
        this.d.leases.release(campaignId);
        return this.d.campaigns.setStatus(campaignId, 'canceled');
      });
      this.publisher.refresh(campaignId);
      this.publisher.statusChanged(out);
      return out;
    });
  }

  /** The user chose to resend uncertain rows (they may get the message twice). */
  async resendUncertain(
    campaignId: number,
    creds: StreamCredentials,
    seqs?: readonly number[],
  ): Promise<Campaign> {
    await this.requireIdle(campaignId);
    return this.claimed(campaignId, creds, () => {
      this.ledger.resendUncertain(campaignId, seqs);
      this.d.campaigns.setStatus(campaignId, 'paused');
      return this.launch(campaignId, creds);
    });
  }

  /** The user says the uncertain rows did reach their recipients. */
  async markUncertainSent(campaignId: number, seqs?: readonly number[]): Promise<void> {
    this.d.leases.assertNotHeldElsewhere(campaignId);
    this.ledger.markUncertainSent(campaignId, seqs);
    this.publisher.refresh(campaignId);
    this.publisher.progressNow(campaignId);
  }

  /** Sends again to rows that failed (permanently or by delivery report), as new messages. */
  async retryFailed(campaignId: number, creds: StreamCredentials): Promise<Campaign> {
    await this.requireIdle(campaignId);
    return this.claimed(campaignId, creds, () => {
      if (this.ledger.resetFailedForRetry(campaignId) === 0) {
        throw new AppFailure('CONFLICT', 'No failed recipients to retry.');
      }
      this.d.campaigns.setStatus(campaignId, 'paused');
      return this.launch(campaignId, creds);
    });
  }

  /** The campaign as it stands, with a run's end the disk has not taken yet. */
  campaign(campaignId: number): Campaign {
    return this.endings.view(this.d.campaigns.get(campaignId));
  }

  /** `campaign` for a row already read (the list). */
  view(campaign: Campaign): Campaign {
    return this.endings.view(campaign);
  }

  /** The other live Peaksend sending this campaign, if any (a read: it writes nothing). */
  heldElsewhere(campaignId: number): LeaseHolder | null {
    return this.d.leases.heldElsewhere(campaignId);
  }

  progress(campaignId: number): CampaignProgress {
    const c = this.campaign(campaignId);
    const running = this.runs.has(campaignId);
    const heldBy = running ? null : this.heldElsewhere(campaignId);
    // Another Peaksend writes this ledger (or did, since we last counted): count it again.
    if (heldBy || this.foreign.has(campaignId)) this.publisher.refresh(campaignId);
    if (heldBy) this.foreign.add(campaignId);
    else this.foreign.delete(campaignId);
    const held = this.runs.held(campaignId);
    return this.publisher.build(c, {
      running,
      heldBy,
      heldForQuietHours: held.count,
      nextOpeningMs: held.nextOpeningMs,
      nominalRate: c.streamId ? this.streams.rateOf(c.streamId) : null,
    });
  }

  isActive(campaignId: number): boolean {
    return this.runs.has(campaignId);
  }

  /**
   * Quit = pause: stops dispatching, waits up to `drainMs` for requests in flight, records their
   * answers, pauses each campaign as interrupted and gives its lease up.
   */
  async close(drainMs = DRAIN_MS): Promise<void> {
    const deadline = Date.now() + drainMs;
    clearInterval(this.heartbeat);
    this.schedules.close();
    const polling = this.poller.stop();
    await this.runs.stopAll({ kind: 'interrupted' }, drainMs);
    // A status query still out is not worth waiting past the same deadline.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
      void polling.finally(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.endings.retry();
    this.publisher.close();
  }

  pollNow(): Promise<number> {
    return this.poller.tick();
  }

  private async requireIdle(campaignId: number): Promise<void> {
    if (this.runs.has(campaignId)) await this.pause(campaignId);
  }

  /**
   * Runs `body` holding the campaign's lease: refuses at once when another live Peaksend has
   * it, takes it (over) otherwise, and gives it back if `body` fails before a run starts.
   */
  private async claimed(
    campaignId: number,
    creds: StreamCredentials | null,
    body: () => Campaign,
  ): Promise<Campaign> {
    this.d.leases.assertNotHeldElsewhere(campaignId);
    if (creds) await this.streams.remember(creds);
    this.endings.retry();
    if (this.endings.hasUnsettled(campaignId)) throw storageFailure('diskFull', this.d.dataDir);
    try {
      this.claims.claim(campaignId);
      return body();
    } catch (error) {
      if (!this.runs.has(campaignId)) this.releaseQuietly(campaignId);
      throw asStorageFailure(error, this.d.dataDir);
    }
  }

  private releaseQuietly(campaignId: number): void {
    try {
      this.claims.release(campaignId);
    } catch {
      // The disk refuses even this: the lease goes stale in 30 s, or at once when we exit.
    }
  }

  /** A schedule came due; another Peaksend may have started the campaign already. */
  private beginScheduled(campaignId: number, creds: StreamCredentials): void {
    if (this.d.leases.heldElsewhere(campaignId)) return;
    this.claims.claim(campaignId);
    try {
      const c = this.d.campaigns.get(campaignId);
      if (c.status !== 'scheduled') {
        this.claims.release(campaignId);
        return;
      }
      materializeLedger(this.d.db, c, this.ledger);
      this.launch(campaignId, creds);
    } catch (error) {
      if (!this.runs.has(campaignId)) this.releaseQuietly(campaignId);
      throw error;
    }
  }

  /** Starts a run; the caller holds the campaign's lease. */
  private launch(campaignId: number, creds: StreamCredentials): Campaign {
    if (this.runs.has(campaignId)) return this.campaign(campaignId);
    const stream = this.streams.stream(creds.id);
    if (!stream) throw new AppFailure('INTERNAL', 'Stream not resolved');
    this.reserve.ensure();
    const campaign = this.d.campaigns.setStatus(campaignId, 'sending');
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

  /** A run ended: its end is recorded with the lease given up (run-endings.ts). */
  private ended(campaignId: number, outcome: RunOutcome): void {
    const c = this.endings.settle(campaignId, outcome);
    // Writes tried again, rows made uncertain, another owner's: the memory counts are behind.
    if (outcome.refused.length > 0 || outcome.end.kind !== 'finished') {
      this.publisher.refresh(campaignId);
    }
    this.publisher.statusChanged(c);
  }
}
