import {
  finalDeliveryStateOf,
  normalizeDeliveryStatus,
  type LedgerState,
} from '../../../shared/campaigns/ledger-state';
import { NO_REPORT_AFTER_MS, POLL_ROWS_PER_ROUND, POLL_SCHEDULE } from '../commpeak/assumptions';
import type { ClientDeps } from '../commpeak/call-api';
import type { CommpeakStream } from '../commpeak/commpeak-types';
import { queryStatuses } from '../commpeak/query-statuses';
import { inTransaction } from '../db/transaction';
import type { LedgerStore } from '../ledger/ledger-store';
import type { PollFailures } from '../ledger/poll-failures';

/** Polls sooner while a message is fresh, then less and less often (POLL_SCHEDULE). */
export function nextPollDelayMs(ageMs: number): number {
  for (const step of POLL_SCHEDULE) if (ageMs < step.ageUnderMs) return step.everyMs;
  return POLL_SCHEDULE[POLL_SCHEDULE.length - 1]?.everyMs ?? 600_000;
}

/** What one row becomes after a query: `status` is what CommPeak said (undefined = nothing). */
export function pollVerdict(
  row: { readonly state: LedgerState; readonly acceptedAt: number },
  status: string | undefined,
  at: number,
): { state: LedgerState; finalAt: number | null; nextPollAt: number | null } {
  const age = at - row.acceptedAt;
  const final = status === undefined ? null : finalDeliveryStateOf(status);
  if (final) return { state: final, finalAt: at, nextPollAt: null };
  // Unknown strings are shown verbatim but do not change the ledger state.
  const state: LedgerState =
    status !== undefined && normalizeDeliveryStatus(status) === 'sent' ? 'sent' : row.state;
  // No final report in time: a visible final state instead of "accepted" for ever.
  if (age > NO_REPORT_AFTER_MS) return { state: 'no_report', finalAt: at, nextPollAt: null };
  return { state, finalAt: null, nextPollAt: at + nextPollDelayMs(age) };
}

export interface PollerDeps {
  readonly ledger: LedgerStore;
  readonly failures: PollFailures;
  readonly client: ClientDeps;
  readonly now: () => number;
  /** The stream to ask for a campaign's statuses, or null while its token is not in memory. */
  readonly streamFor: (campaignId: number) => CommpeakStream | null;
  /** Reports state changes so live progress stays right. */
  readonly moved: (campaignId: number, variant: string, from: LedgerState, to: LedgerState) => void;
  /** A query failed or worked again: the progress page's notice changes. */
  readonly noticed: (campaignId: number) => void;
  readonly log: (level: 'info' | 'warn' | 'error', message: string) => void;
}

/**
 * Asks `/messages_status/` about accepted rows until each is final or `NO_REPORT_AFTER_MS` old
 * (then `no_report`). The due time of every row is in the ledger (`next_poll_at`), so polling
 * resumes after a restart. A failed query is recorded for the campaign (PollFailures) until one
 * works again; its rows are simply asked again on their schedule.
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
    const rows = this.d.ledger.duePolls(campaignId, now, POLL_ROWS_PER_ROUND);
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
    const failed = result.failures[0]?.failure ?? null;
    inTransaction(this.d.ledger.db, () => {
      const answers = rows.map((r) => {
        const status = statusOf.get(r.uuid);
        const verdict = pollVerdict(r, status, at);
        if (verdict.state !== r.state) moves.push([r.variant, r.state, verdict.state]);
        return { seq: r.seq, ...verdict, status: status ?? null };
      });
      this.d.ledger.recordDeliveries(campaignId, answers);
      if (failed) {
        this.d.failures.record(
          campaignId,
          { message: failed.message, httpStatus: failed.httpStatus ?? null },
          at,
        );
      } else this.d.failures.clear(campaignId);
    });
    for (const [variant, from, to] of moves) this.d.moved(campaignId, variant, from, to);
    this.d.noticed(campaignId);
    return rows.length;
  }
}
