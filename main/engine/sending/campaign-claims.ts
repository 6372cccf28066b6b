import type { DatabaseSync } from 'node:sqlite';
import type { CampaignStore } from '../campaigns/campaign-store';
import { inTransaction } from '../db/transaction';
import type { CampaignLeases } from '../ledger/campaign-leases';
import type { LedgerStore } from '../ledger/ledger-store';

export interface ClaimDeps {
  readonly db: DatabaseSync;
  readonly leases: CampaignLeases;
  readonly ledger: LedgerStore;
  readonly campaigns: CampaignStore;
}

/**
 * Taking campaigns for this engine (DESIGN.md §3, one owner per campaign). Whoever sends,
 * resumes, resends, retries or cancels a campaign claims it first, in one BEGIN IMMEDIATE
 * transaction: a live holder elsewhere makes the claim fail with CAMPAIGN_BUSY; a holder that is
 * gone is taken over, and only then are its rows left `submitting` made uncertain.
 */
export class CampaignClaims {
  constructor(private readonly d: ClaimDeps) {}

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
