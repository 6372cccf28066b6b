import type { DatabaseSync } from 'node:sqlite';
import type { Campaign, CampaignStatus } from '../../../shared/campaigns/campaign-types';
import { assertNever } from '../../../shared/assert-never';
import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import type { CampaignStore } from '../campaigns/campaign-store';
import { freeMegabytes } from '../db/storage-fault';
import { inTransaction } from '../db/transaction';
import type { CampaignLeases } from '../ledger/campaign-leases';
import type { LedgerStore } from '../ledger/ledger-store';
import { LedgerVariants } from '../ledger/ledger-variants';
import type { RunOutcome } from './active-runs';
import type { DiskReserve } from './disk-reserve';
import type { GroupCommit } from './group-commit';

export interface EndingsDeps {
  readonly db: DatabaseSync;
  readonly commit: GroupCommit;
  readonly leases: CampaignLeases;
  readonly ledger: LedgerStore;
  readonly campaigns: CampaignStore;
  readonly reserve: DiskReserve;
  readonly dataDir: string;
  readonly log: (level: 'info' | 'warn' | 'error', message: string) => void;
}

interface Unsettled {
  readonly status: CampaignStatus;
  readonly pauseReason: PauseReason | null;
  readonly write: () => void;
}

/**
 * Records where a run ended — the campaign's status and pause reason, the lease given up — in
 * one transaction, so no other Peaksend can see the campaign free but still `sending`. When the
 * disk refuses even that, the end is kept in memory (shown as it is) and written as soon as the
 * disk takes it; until then the lease stays ours, so nobody else resumes the campaign.
 */
export class RunEndings {
  private readonly unsettled = new Map<number, Unsettled>();

  constructor(private readonly d: EndingsDeps) {}

  settle(campaignId: number, outcome: RunOutcome): Campaign {
    const { end } = outcome;
    // Another Peaksend owns the campaign now: what it says is the truth, we write nothing.
    if (end.kind === 'leaseLost') return this.d.campaigns.get(campaignId);
    // Answers that came in before the stop are queued for the next tick: they land first.
    this.d.commit.flushNow();
    const target = this.targetOf({ ...outcome, campaignId });
    // The disk is full: free the reserve so the answers in flight and the pause can be saved.
    if (target.pauseReason?.kind === 'storage') this.d.reserve.release();
    const write = () => {
      if (!this.d.leases.isOurs(campaignId)) return;
      for (const w of outcome.refused) w();
      // A stop that gave up waiting: nobody will record these answers any more.
      if (end.kind === 'abandoned') this.d.ledger.markInterruptedUncertain(campaignId);
      this.d.campaigns.setStatus(campaignId, target.status, { pauseReason: target.pauseReason });
      this.d.leases.release(campaignId);
    };
    const unsettled = { ...target, write };
    return this.tryWrite(campaignId, unsettled) ?? this.view(this.d.campaigns.get(campaignId));
  }

  /** Writes the ends the disk refused before; called on every heartbeat. */
  retry(): void {
    for (const [id, u] of [...this.unsettled]) this.tryWrite(id, u);
  }

  /** The campaign as it really stands: an end not yet on disk wins over the stored status. */
  view(c: Campaign): Campaign {
    const u = this.unsettled.get(c.id);
    return u ? { ...c, status: u.status, pauseReason: u.pauseReason } : c;
  }

  hasUnsettled(campaignId: number): boolean {
    return this.unsettled.has(campaignId);
  }

  private tryWrite(campaignId: number, u: Unsettled): Campaign | null {
    try {
      inTransaction(this.d.db, u.write);
      this.unsettled.delete(campaignId);
      return this.d.campaigns.get(campaignId);
    } catch (error) {
      if (!this.unsettled.has(campaignId)) {
        this.d.log(
          'warn',
          `campaign ${campaignId}: its pause could not be saved yet: ${String(error)}`,
        );
      }
      this.unsettled.set(campaignId, u);
      return null;
    }
  }

  private targetOf(o: RunOutcome & { readonly campaignId: number }): {
    status: CampaignStatus;
    pauseReason: PauseReason | null;
  } {
    const { end } = o;
    switch (end.kind) {
      case 'finished':
        // A test split's test share is sent: the rest waits for the user to choose a winner.
        return new LedgerVariants(this.d.db).awaitingWinner(o.campaignId) > 0
          ? { status: 'paused', pauseReason: { kind: 'chooseWinner' } }
          : { status: 'done', pauseReason: null };
      case 'stopped':
        return { status: 'paused', pauseReason: o.stopReason ?? { kind: 'user' } };
      case 'abandoned':
      case 'leaseLost':
        return { status: 'paused', pauseReason: o.stopReason ?? { kind: 'interrupted' } };
      case 'halted':
        return {
          status: 'paused',
          pauseReason:
            end.reason.kind === 'storage'
              ? { ...end.reason, freeMb: freeMegabytes(this.d.dataDir) }
              : end.reason,
        };
      default:
        return assertNever(end);
    }
  }
}
