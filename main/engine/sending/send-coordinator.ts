import type {
  Campaign,
  CampaignFigures,
  CampaignProgress,
} from '../../../shared/campaigns/campaign-types';
import type { LeaseHolder } from '../../../shared/campaigns/lease-holder';
import type { VariantKey } from '../../../shared/campaigns/message-variants';
import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import { AppFailure } from '../../../shared/contract/result';
import { assertListsReady } from '../contacts/contact-list';
import { inTransaction } from '../db/transaction';
import type { LedgerStore } from '../ledger/ledger-store';
import { giveRestTo } from './choose-winner';
import { materializeLedger } from './materialize-ledger';
import { launchRun, settleRun, type RunOptions } from './run-launch';
import { sendParts, type CoordinatorDeps, type SendParts } from './send-parts';
import { assertCanResume, assertCanStart, assertSenderFits } from './start-rules';
import type { StreamCredentials } from '../../engine-contract/stream-credentials';
import type { StreamRegistry } from './stream-registry';

/** Resolves the stream's client before a claim, so a bad base URL fails before anything. */
const remember = (streams: StreamRegistry, creds: StreamCredentials) => async () => {
  await streams.remember(creds);
};

export type { RunOptions } from './run-launch';

/** Leases are renewed this often while a run is quiet (its writes renew them too). */
const HEARTBEAT_MS = 5000;
/** A quit or a signal waits this long for answers in flight before it gives up on them. */
export const DRAIN_MS = 10_000;

/**
 * Owns every send: what the user can do to a campaign (start, pause, resume, cancel, resend,
 * retry), crash recovery, and the parts that run them — a runner per sending campaign, streams
 * and their buckets, schedules, the status poller and progress events. Every action that could
 * send claims the campaign's lease first (campaign-claims.ts).
 */
export class SendCoordinator {
  readonly ledger: LedgerStore;
  private readonly p: SendParts;
  private readonly heartbeat: ReturnType<typeof setInterval>;
  /** Campaigns last seen sent by another Peaksend: their counts are read from disk each time. */
  private readonly foreign = new Set<number>();

  constructor(private readonly d: CoordinatorDeps) {
    this.p = sendParts(d, {
      ended: (id, outcome) => settleRun(this.p, id, outcome),
      progress: (id) => this.progress(id),
      launch: (id, creds) => this.launch(id, creds),
    });
    this.ledger = this.p.ledger;
    this.heartbeat = setInterval(() => {
      this.p.runs.heartbeat();
      this.p.endings.retry();
    }, HEARTBEAT_MS);
    this.heartbeat.unref?.();
  }

  /**
   * At start: campaigns whose sender is gone have their rows left `submitting` made uncertain
   * (they may have reached CommPeak) and are paused until the user resumes them. Campaigns
   * another live Peaksend is sending are left alone.
   */
  recover(): { uncertain: number; paused: number[] } {
    const recovered = this.p.claims.recover();
    this.p.schedules.rearm();
    this.p.poller.start();
    return recovered;
  }

  /** Tokens for streams whose campaigns need polling or are scheduled (main passes them in). */
  setCredentials(list: readonly StreamCredentials[]): void {
    for (const c of list) void this.p.streams.remember(c);
  }

  streamIdsNeedingCredentials(): string[] {
    return this.p.streams.missingFor(this.d.campaigns.list());
  }

  async start(campaignId: number, creds: StreamCredentials, run: RunOptions = {}) {
    // Refusals that need no write come before the lease, so they are told even on a full disk.
    const planned = this.d.campaigns.get(campaignId);
    assertListsReady(this.d.db, [...planned.listIds, ...planned.excludeListIds]);
    return this.p.claims.withClaim(campaignId, remember(this.p.streams, creds), () => {
      const campaign = this.d.campaigns.get(campaignId);
      assertCanStart(campaign, creds);
      const sender = campaign.sender || creds.defaultSender;
      assertSenderFits(this.d.db, campaign, sender, this.d.settings.senderRuleOverrides());
      const at = campaign.scheduleAt ? Date.parse(campaign.scheduleAt) : NaN;
      if (Number.isFinite(at) && at > this.d.now()) {
        // A scheduled campaign is nobody's until its time comes.
        this.p.claims.release(campaignId);
        this.p.schedules.arm(campaignId, at);
        return this.d.campaigns.setStatus(campaignId, 'scheduled');
      }
      // A big audience takes a while: the lease is renewed with every chunk written.
      materializeLedger(this.d.db, campaign, this.ledger, () => this.d.leases.keep(campaignId));
      return this.launch(campaignId, creds, run);
    });
  }

  async resume(campaignId: number, creds: StreamCredentials, run: RunOptions = {}) {
    if (this.p.runs.has(campaignId)) return this.campaign(campaignId);
    return this.p.claims.withClaim(campaignId, remember(this.p.streams, creds), () => {
      assertCanResume(this.d.campaigns.get(campaignId));
      return this.launch(campaignId, creds, run);
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
      this.p.schedules.clear(campaignId);
      return this.d.campaigns.setStatus(campaignId, 'ready');
    }
    if (!(await this.p.runs.stop(campaignId, reason, graceMs))) {
      this.d.leases.assertNotHeldElsewhere(campaignId);
    }
    return this.campaign(campaignId);
  }

  async cancel(campaignId: number): Promise<Campaign> {
    this.p.schedules.clear(campaignId);
    await this.p.runs.stop(campaignId, { kind: 'user' });
    return this.p.claims.withClaim(
      campaignId,
      async () => {},
      () => {
        const c = this.d.campaigns.get(campaignId);
        if (c.status === 'done' || c.status === 'canceled') {
          this.p.claims.release(campaignId);
          return c;
        }
        const out = inTransaction(this.d.db, () => {
          this.ledger.skipOpenRows(campaignId);
          this.d.leases.release(campaignId);
          return this.d.campaigns.setStatus(campaignId, 'canceled');
        });
        this.p.publisher.refresh(campaignId);
        this.p.publisher.statusChanged(out);
        return out;
      },
    );
  }

  /** The user chose to resend uncertain rows (they may get the message twice). */
  async resendUncertain(
    campaignId: number,
    creds: StreamCredentials,
    seqs?: readonly number[],
    run: RunOptions = {},
  ): Promise<Campaign> {
    await this.requireIdle(campaignId);
    return this.p.claims.withClaim(campaignId, remember(this.p.streams, creds), () => {
      this.ledger.resendUncertain(campaignId, seqs);
      this.d.campaigns.setStatus(campaignId, 'paused');
      return this.launch(campaignId, creds, run);
    });
  }

  /** After a test split's test share: the rest gets `variant`, and sending goes on. */
  async chooseWinner(id: number, variant: VariantKey, creds: StreamCredentials): Promise<Campaign> {
    return this.p.claims.withClaim(id, remember(this.p.streams, creds), () => {
      giveRestTo(this.d, id, variant);
      return this.launch(id, creds);
    });
  }

  /** The user says the uncertain rows did reach their recipients. */
  async markUncertainSent(campaignId: number, seqs?: readonly number[]): Promise<void> {
    this.d.leases.assertNotHeldElsewhere(campaignId);
    this.ledger.markUncertainSent(campaignId, seqs);
    this.p.publisher.refresh(campaignId);
    this.p.publisher.progressNow(campaignId);
  }

  /** Sends again to rows that failed (permanently or by delivery report), as new messages. */
  async retryFailed(campaignId: number, creds: StreamCredentials, run: RunOptions = {}) {
    await this.requireIdle(campaignId);
    return this.p.claims.withClaim(campaignId, remember(this.p.streams, creds), () => {
      if (this.ledger.resetFailedForRetry(campaignId) === 0) {
        throw new AppFailure('CONFLICT', 'No failed recipients to retry.');
      }
      this.d.campaigns.setStatus(campaignId, 'paused');
      return this.launch(campaignId, creds, run);
    });
  }

  /** The campaign as it stands, with a run's end the disk has not taken yet. */
  campaign(campaignId: number): Campaign {
    return this.p.endings.view(this.d.campaigns.get(campaignId));
  }

  /** `campaign` for a row already read (the list). */
  view(campaign: Campaign): Campaign {
    return this.p.endings.view(campaign);
  }

  /** The other live Peaksend sending this campaign, if any (a read: it writes nothing). */
  heldElsewhere(campaignId: number): LeaseHolder | null {
    return this.d.leases.heldElsewhere(campaignId);
  }

  progress(campaignId: number): CampaignProgress {
    const c = this.campaign(campaignId);
    const running = this.p.runs.has(campaignId);
    const heldBy = running ? null : this.heldElsewhere(campaignId);
    // Another Peaksend writes this ledger (or did, since we last counted): count it again.
    if (heldBy || this.foreign.has(campaignId)) this.p.publisher.refresh(campaignId);
    if (heldBy) this.foreign.add(campaignId);
    else this.foreign.delete(campaignId);
    const held = this.p.runs.held(campaignId);
    return this.p.publisher.build(c, {
      running,
      heldBy,
      heldForQuietHours: held.count,
      nextOpeningMs: held.nextOpeningMs,
      heldReleases: held.releases,
      waiting: held.waiting,
      nominalRate: c.streamId ? this.p.streams.rateOf(c.streamId) : null,
    });
  }

  /** The list's figures for a campaign: the progress page's counts, through the same function. */
  figures(campaignId: number): CampaignFigures {
    return this.p.publisher.figures(campaignId);
  }

  isActive(campaignId: number): boolean {
    return this.p.runs.has(campaignId);
  }

  /**
   * Quit = pause: stops dispatching, waits up to `drainMs` for requests in flight, records their
   * answers, pauses each campaign as interrupted and gives its lease up.
   */
  async close(drainMs = DRAIN_MS): Promise<void> {
    const deadline = Date.now() + drainMs;
    clearInterval(this.heartbeat);
    this.p.schedules.close();
    const polling = this.p.poller.stop();
    await this.p.runs.stopAll({ kind: 'interrupted' }, drainMs);
    // A status query still out is not worth waiting past the same deadline.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
      void polling.finally(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.p.endings.retry();
    this.p.publisher.close();
  }

  pollNow(): Promise<number> {
    return this.p.poller.tick();
  }

  private async requireIdle(campaignId: number): Promise<void> {
    if (this.p.runs.has(campaignId)) await this.pause(campaignId);
  }

  private launch(campaignId: number, creds: StreamCredentials, run: RunOptions = {}): Campaign {
    return launchRun(this.d, this.p, campaignId, creds, run);
  }
}
