import type { DatabaseSync } from 'node:sqlite';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import type { CampaignStore } from '../campaigns/campaign-store';
import { inTransaction } from '../db/transaction';
import type { CampaignLeases } from '../ledger/campaign-leases';
import type { LedgerStore } from '../ledger/ledger-store';
import type { RunEndings } from './run-endings';
import { asStorageFailure, storageFailure } from './storage-failure';

export interface ClaimDeps {
  readonly db: DatabaseSync;
  readonly dataDir: string;
  readonly leases: CampaignLeases;
  readonly ledger: LedgerStore;
  readonly campaigns: CampaignStore;
  readonly endings: RunEndings;
  /** A run of this engine holds the campaign (its lease must not be given back). */
  readonly running: (campaignId: number) => boolean;
}

/**
 * Taking campaigns for this engine (DESIGN.md §3, one owner per campaign). Whoever sends,
 * resumes, resends, retries or cancels a campaign claims it first, in one BEGIN IMMEDIATE
 * transaction: a live holder elsewhere makes the claim fail with CAMPAIGN_BUSY; a holder that is
 * gone is taken over, and only then are its rows left `submitting` made uncertain.
 */
export class CampaignClaims {
  constructor(private readonly d: ClaimDeps) {}

  /**
   * Runs `body` holding the campaign's lease: refuses at once when another live Peaksend has
   * it, takes it (over) otherwise, and gives it back if `body` fails before a run started.
   * `prepare` runs after the cheap checks and before the claim (resolving the stream).
   */
  async withClaim(
    campaignId: number,
    prepare: () => Promise<void>,
    body: () => Campaign,
  ): Promise<Campaign> {
    this.d.campaigns.get(campaignId); // NOT_FOUND before anything else
    this.d.leases.assertNotHeldElsewhere(campaignId);
    await prepare();
    this.d.endings.retry();
    if (this.d.endings.hasUnsettled(campaignId)) throw storageFailure('diskFull', this.d.dataDir);
    try {
      this.claim(campaignId);
      return body();
    } catch (error) {
      if (!this.d.running(campaignId)) this.releaseQuietly(campaignId);
      throw asStorageFailure(error, this.d.dataDir);
    }
  }

  /**
   * A schedule came due. Another Peaksend on this folder may have started the campaign already,
   * or started and finished it: `body` runs only while it is still `scheduled`.
   */
  beginScheduled(campaignId: number, body: (campaign: Campaign) => void): void {
    if (this.d.leases.heldElsewhere(campaignId)) return;
    this.claim(campaignId);
    try {
      const c = this.d.campaigns.get(campaignId);
      if (c.status === 'scheduled') body(c);
      else this.release(campaignId);
    } catch (error) {
      if (!this.d.running(campaignId)) this.releaseQuietly(campaignId);
      throw error;
    }
  }

  claim(campaignId: number): void {
    inTransaction(this.d.db, () => {
      if (this.d.leases.take(campaignId) !== 'ours') this.takeOver(campaignId);
    });
  }

  release(campaignId: number): void {
    inTransaction(this.d.db, () => this.d.leases.release(campaignId));
  }

  /**
   * At engine start: every campaign whose sender is gone (no lease, or a stale one) has its rows
   * left `submitting` made uncertain and, if it was `sending`, is paused. A campaign whose lease
   * is live belongs to another Peaksend still running on this data folder: it is not touched.
   */
  recover(): { uncertain: number; paused: number[] } {
    let uncertain = 0;
    const paused: number[] = [];
    inTransaction(this.d.db, () => {
      for (const c of this.d.campaigns.list()) {
        const lease = this.d.leases.read(c.id);
        if (lease?.alive) continue;
        if (lease) this.d.leases.drop(c.id);
        const result = this.takeOver(c.id);
        uncertain += result.uncertain;
        if (result.paused) paused.push(c.id);
      }
    });
    return { uncertain, paused };
  }

  private releaseQuietly(campaignId: number): void {
    try {
      this.release(campaignId);
    } catch {
      // The disk refuses even this: the lease goes stale in 30 s, or at once when we exit.
    }
  }

  /** Nobody live holds the campaign: what its last sender left in flight is uncertain now. */
  private takeOver(campaignId: number): { uncertain: number; paused: boolean } {
    const uncertain = this.d.ledger.markInterruptedUncertain(campaignId);
    const sending = this.d.campaigns.get(campaignId).status === 'sending';
    if (sending) {
      this.d.campaigns.setStatus(campaignId, 'paused', { pauseReason: { kind: 'interrupted' } });
    }
    return { uncertain, paused: sending };
  }
}
