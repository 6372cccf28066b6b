import type { DatabaseSync } from 'node:sqlite';
import type { Campaign, CampaignProgress } from '../../../shared/campaigns/campaign-types';
import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import { AppFailure } from '../../../shared/contract/result';
import { priceTableSchema, type PriceTable } from '../../../shared/pricing/price-table';
import {
  defaultQuietHoursPolicy,
  quietHoursPolicySchema,
} from '../../../shared/schedule/quiet-hours-policy';
import type { CampaignStore } from '../campaigns/campaign-store';
import type { ClientDeps } from '../commpeak/call-api';
import type { CommpeakStream } from '../commpeak/commpeak-types';
import type { SettingsStore } from '../settings/settings-store';
import { CampaignRunner } from './campaign-runner';
import type { EmbeddedSandbox } from './embedded-sandbox';
import { EMBEDDED_SANDBOX_TOKEN } from './embedded-sandbox';
import type { GroupCommit } from './group-commit';
import { LedgerStore } from './ledger-store';
import { materializeLedger } from './materialize-ledger';
import { ProgressTracker } from './progress-tracker';
import { QuietHours } from './quiet-hours';
import { StatusPoller } from './status-poller';
import type { EmitEngineEvent } from '../../engine-contract/engine-events';
import type { StreamCredentials } from '../../engine-contract/stream-credentials';
import { PartsBucket } from './token-bucket';

const PROGRESS_INTERVAL_MS = 100;
const SANDBOX_TIMEOUT_MS = 10_000;

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

interface Active {
  readonly runner: CampaignRunner;
  readonly tracker: ProgressTracker;
  readonly done: Promise<void>;
  stopping: boolean;
}

/**
 * Owns every send: one runner per sending campaign, one token bucket per stream (shared by the
 * campaigns that use it), the status poller, schedules, crash recovery and progress events.
 */
export class SendCoordinator {
  readonly ledger: LedgerStore;
  private readonly commit: GroupCommit;
  private readonly active = new Map<number, Active>();
  private readonly buckets = new Map<string, PartsBucket>();
  private readonly streams = new Map<string, CommpeakStream>();
  /** Main's in-memory credentials per stream, for scheduled starts and polling after restarts. */
  private readonly creds = new Map<string, StreamCredentials>();
  private readonly trackers = new Map<number, ProgressTracker>();
  private readonly lastEmit = new Map<number, number>();
  private readonly emitTimers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly scheduleTimers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly poller: StatusPoller;
  private closed = false;
  /** The error breakdown scans the ledger, so it is refreshed at most every 2 s per campaign. */
  private readonly errorCache = new Map<
    number,
    { at: number; errors: { reason: string; count: number }[] }
  >();

  constructor(private readonly d: CoordinatorDeps) {
    this.ledger = new LedgerStore(d.db);
    this.commit = d.commit;
    this.poller = new StatusPoller({
      db: d.db,
      client: d.client,
      now: d.now,
      streamFor: (id) => this.streamOfCampaign(id),
      moved: (id, from, to) => {
        this.trackers.get(id)?.move(from, to);
        this.scheduleProgress(id);
      },
    });
  }

  /**
   * After a crash or quit: rows left `submitting` become `uncertain` (they may have reached
   * CommPeak), and campaigns that were sending are paused until the user resumes them.
   */
  recover(): { uncertain: number; paused: number[] } {
    const uncertain = this.ledger.markInterruptedUncertain();
    const paused: number[] = [];
    for (const c of this.d.campaigns.list()) {
      if (c.status === 'sending') {
        this.d.campaigns.setStatus(c.id, 'paused', {
          pauseReason: { kind: 'interrupted' },
        });
        paused.push(c.id);
      }
    }
    this.rearmSchedules();
    this.poller.start();
    return { uncertain, paused };
  }

  /** Tokens for streams whose campaigns need polling or are scheduled (main passes them in). */
  setCredentials(list: readonly StreamCredentials[]): void {
    for (const c of list) {
      this.creds.set(c.id, c);
      void this.resolveStream(c).then((s) => this.streams.set(c.id, s));
    }
  }

  streamIdsNeedingCredentials(): string[] {
    const ids = new Set<string>();
    for (const c of this.d.campaigns.list()) {
      if (
        c.streamId &&
        !this.streams.has(c.streamId) &&
        ['scheduled', 'paused', 'done', 'sending'].includes(c.status)
      ) {
        ids.add(c.streamId);
      }
    }
    return [...ids];
  }

  async start(campaignId: number, creds: StreamCredentials): Promise<Campaign> {
    const campaign = this.d.campaigns.get(campaignId);
    if (!['draft', 'ready', 'scheduled'].includes(campaign.status)) {
      throw new AppFailure(
        'CONFLICT',
        `This campaign is ${campaign.status}; it cannot be started again.`,
      );
    }
    if (campaign.streamId !== creds.id)
      throw new AppFailure('CONFLICT', 'The campaign uses another stream.');
    if (!campaign.sender && !creds.defaultSender) {
      throw new AppFailure('INVALID_INPUT', 'Choose a sender for this campaign.');
    }
    this.creds.set(creds.id, creds);
    this.streams.set(creds.id, await this.resolveStream(creds));
    const at = campaign.scheduleAt ? Date.parse(campaign.scheduleAt) : NaN;
    if (Number.isFinite(at) && at > this.d.now()) {
      this.armSchedule(campaignId, at);
      return this.d.campaigns.setStatus(campaignId, 'scheduled');
    }
    materializeLedger(this.d.db, campaign);
    return this.launch(campaignId, creds);
  }

  async resume(campaignId: number, creds: StreamCredentials): Promise<Campaign> {
    const c = this.d.campaigns.get(campaignId);
    if (c.status !== 'paused' && c.status !== 'done') {
      throw new AppFailure(
        'CONFLICT',
        `This campaign is ${c.status}; only a paused campaign can resume.`,
      );
    }
    this.creds.set(creds.id, creds);
    this.streams.set(creds.id, await this.resolveStream(creds));
    return this.launch(campaignId, creds);
  }

  async pause(campaignId: number, reason: PauseReason = { kind: 'user' }): Promise<Campaign> {
    const a = this.active.get(campaignId);
    const c = this.d.campaigns.get(campaignId);
    if (c.status === 'scheduled') {
      this.clearSchedule(campaignId);
      return this.d.campaigns.setStatus(campaignId, 'ready');
    }
    if (!a) return c;
    a.stopping = true;
    a.runner.stop();
    await a.done;
    const out = this.d.campaigns.setStatus(campaignId, 'paused', {
      pauseReason: reason,
    });
    // `finished` reported the campaign while it was still `sending`; say where it ended up.
    this.emitStatus(out);
    this.emitProgress(campaignId);
    return out;
  }

  async cancel(campaignId: number): Promise<Campaign> {
    this.clearSchedule(campaignId);
    const a = this.active.get(campaignId);
    if (a) {
      a.stopping = true;
      a.runner.stop();
      await a.done;
    }
    const c = this.d.campaigns.get(campaignId);
    if (c.status === 'done' || c.status === 'canceled') return c;
    this.ledger.skipOpenRows(campaignId);
    const out = this.d.campaigns.setStatus(campaignId, 'canceled');
    this.refreshTracker(campaignId);
    this.emitStatus(out);
    this.emitProgress(campaignId);
    return out;
  }

  /** The user chose to resend uncertain rows (they may get the message twice). */
  async resendUncertain(
    campaignId: number,
    creds: StreamCredentials,
    seqs?: readonly number[],
  ): Promise<Campaign> {
    await this.requireIdle(campaignId);
    const where = seqs ? `AND seq IN (${seqs.map(() => '?').join(',')})` : '';
    this.d.db
      .prepare(
        `UPDATE ledger SET state = 'pending', resends = resends + 1, error_code = NULL,
        error_detail = NULL, next_attempt_at = 0 WHERE campaign_id = ? AND state = 'uncertain' ${where}`,
      )
      .run(campaignId, ...(seqs ?? []));
    this.d.campaigns.setStatus(campaignId, 'paused');
    return this.resume(campaignId, creds);
  }

  /** The user says the uncertain rows did reach their recipients. */
  async markUncertainSent(campaignId: number, seqs?: readonly number[]): Promise<void> {
    const where = seqs ? `AND seq IN (${seqs.map(() => '?').join(',')})` : '';
    this.d.db
      .prepare(
        `UPDATE ledger SET state = 'accepted', error_code = 'marked_sent',
        error_detail = 'Marked as sent by you' WHERE campaign_id = ? AND state = 'uncertain' ${where}`,
      )
      .run(campaignId, ...(seqs ?? []));
    this.refreshTracker(campaignId);
    this.emitProgress(campaignId);
  }

  /** Sends again to rows that failed (permanently or by delivery report), as new messages. */
  async retryFailed(campaignId: number, creds: StreamCredentials): Promise<Campaign> {
    await this.requireIdle(campaignId);
    const { changes } = this.d.db
      .prepare(
        `UPDATE ledger SET state = 'pending', resends = resends + 1, error_code = NULL,
        error_detail = NULL, next_attempt_at = 0, message_uuid = NULL, delivery_status = NULL,
        next_poll_at = NULL WHERE campaign_id = ?
        AND state IN ('failed_permanent', 'undelivered', 'sent_failed', 'rejected', 'no_routes')`,
      )
      .run(campaignId);
    if (Number(changes) === 0) throw new AppFailure('CONFLICT', 'No failed recipients to retry.');
    this.d.campaigns.setStatus(campaignId, 'paused');
    return this.resume(campaignId, creds);
  }

  progress(campaignId: number): CampaignProgress {
    const c = this.d.campaigns.get(campaignId);
    const tracker = this.trackers.get(campaignId) ?? this.refreshTracker(campaignId);
    const a = this.active.get(campaignId);
    const prices = this.priceTable();
    return tracker.snapshot({
      status: c.status,
      pauseReason: c.pauseReason,
      heldForQuietHours: a?.runner.heldForQuietHours ?? 0,
      nextOpeningMs: a?.runner.nextOpening() ?? null,
      errors: this.errorsOf(campaignId, a === undefined),
      nominalRate: c.streamId ? (this.buckets.get(c.streamId)?.effectiveRate ?? null) : null,
      currency: prices.length > 0 ? (prices[0]?.currency ?? null) : null,
      now: this.d.now(),
    });
  }

  private errorsOf(campaignId: number, fresh: boolean): { reason: string; count: number }[] {
    const cached = this.errorCache.get(campaignId);
    const now = this.d.now();
    if (!fresh && cached && now - cached.at < 2000) return cached.errors;
    const errors = this.ledger.errorBreakdown(campaignId);
    this.errorCache.set(campaignId, { at: now, errors });
    return errors;
  }

  isActive(campaignId: number): boolean {
    return this.active.has(campaignId);
  }

  /** Quit = pause: waits for requests in flight, leaves campaigns `sending` for recovery. */
  async close(): Promise<void> {
    await this.poller.stop();
    for (const t of this.scheduleTimers.values()) clearTimeout(t);
    for (const t of this.emitTimers.values()) clearTimeout(t);
    this.emitTimers.clear();
    this.closed = true;
    for (const a of this.active.values()) {
      a.stopping = true;
      a.runner.stop();
    }
    await Promise.all([...this.active.values()].map((a) => a.done));
  }

  pollNow(): Promise<number> {
    return this.poller.tick();
  }

  private async requireIdle(campaignId: number): Promise<void> {
    if (this.active.has(campaignId)) await this.pause(campaignId);
  }

  private launch(campaignId: number, creds: StreamCredentials): Campaign {
    if (this.active.has(campaignId)) return this.d.campaigns.get(campaignId);
    const campaign = this.d.campaigns.setStatus(campaignId, 'sending');
    const stream = this.streams.get(creds.id);
    if (!stream) throw new AppFailure('INTERNAL', 'Stream not resolved');
    const bucket = this.bucketFor(creds);
    const tracker = this.refreshTracker(campaignId);
    const quietHours = campaign.quietHours
      ? new QuietHours(
          this.d.settings.get('quietHours', quietHoursPolicySchema, defaultQuietHoursPolicy),
        )
      : null;
    const prices = new Map(this.priceTable().map((p) => [p.country, p.pricePerPart]));
    const runner = new CampaignRunner({
      campaignId,
      sender: campaign.sender || creds.defaultSender,
      stream,
      batchSize: campaign.batchSize,
      concurrency: campaign.concurrency,
      ledger: this.ledger,
      commit: this.commit,
      bucket,
      client: this.d.client,
      progress: tracker,
      quietHours,
      priceOf: (country) => (country ? (prices.get(country) ?? 0) : 0),
      now: this.d.now,
      changed: () => this.scheduleProgress(campaignId),
    });
    const entry: Active = {
      runner,
      tracker,
      stopping: false,
      done: runner.run().then(
        (end) => this.finished(campaignId, entry, end),
        (error: unknown) =>
          this.finished(campaignId, entry, {
            kind: 'halted',
            reason: {
              kind: 'error',
              message: error instanceof Error ? error.message : String(error),
            },
            failure: { kind: 'config', cause: 'http_4xx', message: String(error) },
          }),
      ),
    };
    this.active.set(campaignId, entry);
    this.emitStatus(campaign);
    this.emitProgress(campaignId);
    return campaign;
  }

  private finished(
    campaignId: number,
    entry: Active,
    end: Awaited<ReturnType<CampaignRunner['run']>>,
  ): void {
    this.active.delete(campaignId);
    let c: Campaign;
    if (end.kind === 'halted') {
      c = this.d.campaigns.setStatus(campaignId, 'paused', { pauseReason: end.reason });
    } else if (end.kind === 'finished' && !entry.stopping) {
      c = this.d.campaigns.setStatus(campaignId, 'done');
    } else {
      c = this.d.campaigns.get(campaignId);
    }
    this.emitStatus(c);
    this.emitProgress(campaignId);
  }

  private bucketFor(creds: StreamCredentials): PartsBucket {
    let b = this.buckets.get(creds.id);
    if (!b) {
      b = new PartsBucket(creds.rateLimit);
      this.buckets.set(creds.id, b);
    } else b.setRate(creds.rateLimit);
    return b;
  }

  private async resolveStream(creds: StreamCredentials): Promise<CommpeakStream> {
    if (creds.sandbox) {
      return {
        id: creds.id,
        baseUrl: await this.d.sandbox.baseUrl(),
        token: EMBEDDED_SANDBOX_TOKEN,
        timeoutMs: SANDBOX_TIMEOUT_MS,
      };
    }
    return {
      id: creds.id,
      baseUrl: creds.baseUrl,
      token: creds.token,
      timeoutMs: this.d.timeoutMs ?? 30_000,
    };
  }

  private streamOfCampaign(campaignId: number): CommpeakStream | null {
    const c = this.d.campaigns.get(campaignId);
    return c.streamId ? (this.streams.get(c.streamId) ?? null) : null;
  }

  private priceTable(): PriceTable {
    return this.d.settings.get('priceTable', priceTableSchema, []);
  }

  private refreshTracker(campaignId: number): ProgressTracker {
    const accepted = this.d.db
      .prepare(
        `SELECT country, SUM(parts) AS parts FROM ledger WHERE campaign_id = ?
        AND state IN ('accepted','sent','delivered','undelivered','sent_failed','rejected','no_routes')
        GROUP BY country`,
      )
      .all(campaignId);
    const prices = new Map(this.priceTable().map((p) => [p.country, p.pricePerPart]));
    let parts = 0;
    let cost = 0;
    for (const r of accepted) {
      const p = Number(r.parts ?? 0);
      parts += p;
      cost += p * (prices.get(String(r.country)) ?? 0);
    }
    const tracker = new ProgressTracker(campaignId, this.ledger.counts(campaignId), {
      parts,
      cost,
    });
    this.trackers.set(campaignId, tracker);
    return tracker;
  }

  private armSchedule(campaignId: number, at: number): void {
    this.clearSchedule(campaignId);
    const delay = Math.min(at - this.d.now(), 2 ** 31 - 1);
    const timer = setTimeout(() => {
      this.scheduleTimers.delete(campaignId);
      void this.startScheduled(campaignId);
    }, delay);
    timer.unref?.();
    this.scheduleTimers.set(campaignId, timer);
  }

  private async startScheduled(campaignId: number): Promise<void> {
    const c = this.d.campaigns.get(campaignId);
    if (c.status !== 'scheduled' || !c.streamId) return;
    const creds = this.creds.get(c.streamId);
    if (!creds || !this.streams.has(c.streamId)) {
      // Right after a restart main has not handed the token back yet: try again shortly.
      this.armSchedule(campaignId, this.d.now() + 5000);
      return;
    }
    try {
      materializeLedger(this.d.db, c);
      this.launch(campaignId, creds);
    } catch (error) {
      const reason = error instanceof AppFailure ? error.message : 'The campaign could not start.';
      this.emitStatus(
        this.d.campaigns.setStatus(campaignId, 'paused', {
          pauseReason: { kind: 'startFailed', message: reason },
        }),
      );
    }
  }

  /**
   * Re-arms schedules after a restart. A campaign whose time passed more than an hour ago while
   * Peaksend was closed is paused instead of sent late without the user knowing.
   */
  private rearmSchedules(): void {
    for (const c of this.d.campaigns.list()) {
      if (c.status !== 'scheduled' || !c.scheduleAt) continue;
      const at = Date.parse(c.scheduleAt);
      if (at < this.d.now() - 3600_000) {
        this.d.campaigns.setStatus(c.id, 'paused', {
          pauseReason: { kind: 'missedSchedule', scheduledFor: c.scheduleAt },
        });
      } else this.armSchedule(c.id, at);
    }
  }

  private clearSchedule(campaignId: number): void {
    clearTimeout(this.scheduleTimers.get(campaignId));
    this.scheduleTimers.delete(campaignId);
  }

  private scheduleProgress(campaignId: number): void {
    if (this.closed || this.emitTimers.has(campaignId)) return;
    const since = this.d.now() - (this.lastEmit.get(campaignId) ?? 0);
    const wait = Math.max(0, PROGRESS_INTERVAL_MS - since);
    this.emitTimers.set(
      campaignId,
      setTimeout(() => {
        this.emitTimers.delete(campaignId);
        this.emitProgress(campaignId);
      }, wait),
    );
  }

  private emitProgress(campaignId: number): void {
    this.lastEmit.set(campaignId, this.d.now());
    this.d.emit('campaigns:progress', this.progress(campaignId));
  }

  private emitStatus(c: Campaign): void {
    this.d.emit('campaigns:status', {
      campaignId: c.id,
      status: c.status,
      pauseReason: c.pauseReason,
      name: c.name,
    });
  }
}
