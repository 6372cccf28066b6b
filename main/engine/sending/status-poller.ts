import { isFinalDeliveryStatus, type LedgerState } from '../../../shared/campaigns/ledger-state';
import type { ClientDeps } from '../commpeak/call-api';
import type { CommpeakStream } from '../commpeak/commpeak-types';
import { queryStatuses } from '../commpeak/query-statuses';
import { inTransaction } from '../db/transaction';
import type { LedgerStore } from '../ledger/ledger-store';

const GIVE_UP_AFTER_MS = 72 * 3600_000;
const ROWS_PER_TICK = 500;

/** Polls sooner while a message is fresh, then less and less often. */
export function nextPollDelayMs(ageMs: number): number {
  if (ageMs < 60_000) return 5_000;
  if (ageMs < 10 * 60_000) return 30_000;
  if (ageMs < 3600_000) return 120_000;
  return 600_000;
}

export interface PollerDeps {
  readonly ledger: LedgerStore;
  readonly client: ClientDeps;
  readonly now: () => number;
  /** The stream to ask for a campaign's statuses, or null while its token is not in memory. */
  readonly streamFor: (campaignId: number) => CommpeakStream | null;
  /** Reports state changes so live progress stays right. */
  readonly moved: (campaignId: number, variant: string, from: LedgerState, to: LedgerState) => void;
  readonly log: (level: 'info' | 'warn' | 'error', message: string) => void;
}

/**
 * Asks `/messages_status/` about accepted rows until each is final or 72 hours old. The due time
 * of every row is in the ledger (`next_poll_at`), so polling resumes after a restart.
 */
export class StatusPoller {
  private timer: ReturnType<typeof setInterval> | undefined;
  private busy = false;
  private current: Promise<number> | null = null;
  private stopped = false;

  constructor(private readonly d: PollerDeps) {}

  start(intervalMs = 1000): void {
    this.timer ??= setInterval(() => void this.tick(), intervalMs);
    this.timer.unref?.();
  }

  /** Stops polling and waits for a round in flight, so the database can close under it. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.current;
  }

  /** One round over every campaign with due rows; returns how many rows were asked about. */
  tick(): Promise<number> {
    if (this.busy || this.stopped) return Promise.resolve(0);
    this.busy = true;
    // A round the disk refuses (full, read-only) is tried again on the next tick: the due times
    // are still in the ledger. It must never take the engine down.
    const round = this.round().catch((error: unknown) => {
      this.d.log('warn', `status polling failed: ${String(error)}`);
      return 0;
    });
    this.current = round.finally(() => {
      this.busy = false;
      this.current = null;
    });
    return this.current;
  }

  private async round(): Promise<number> {
    let asked = 0;
    for (const campaignId of this.d.ledger.campaignsAwaitingStatus()) {
      if (this.stopped) break;
      const stream = this.d.streamFor(campaignId);
      if (!stream) continue;
      asked += await this.pollCampaign(campaignId, stream);
    }
    return asked;
  }

  private async pollCampaign(campaignId: number, stream: CommpeakStream): Promise<number> {
    const now = this.d.now();
    const rows = this.d.ledger.duePolls(campaignId, now, ROWS_PER_TICK);
    if (rows.length === 0) return 0;
    const result = await queryStatuses(
      stream,
      rows.map((r) => r.uuid),
      this.d.client,
      {
        campaignId: String(campaignId),
      },
    );
    if (this.stopped) return rows.length;
    const statusOf = new Map(result.statuses.map((s) => [s.uuid, s.status]));
    const at = this.d.now();
    const moves: [string, LedgerState, LedgerState][] = [];
    inTransaction(this.d.ledger.db, () => {
      for (const r of rows) {
        const status = statusOf.get(r.uuid);
        const age = at - r.acceptedAt;
        const final = status !== undefined && isFinalDeliveryStatus(status);
        // Unknown strings are shown verbatim but do not change the ledger state.
        const state: LedgerState = final ? status : status === 'sent' ? 'sent' : r.state;
        const nextPollAt = final || age > GIVE_UP_AFTER_MS ? null : at + nextPollDelayMs(age);
        this.d.ledger.recordDelivery(campaignId, r.seq, {
          state,
          status: status ?? null,
          finalAt: final ? at : null,
          nextPollAt,
        });
        if (state !== r.state) moves.push([r.variant, r.state, state]);
      }
    });
    for (const [variant, from, to] of moves) this.d.moved(campaignId, variant, from, to);
    return rows.length;
  }
}
