import type { LedgerState } from '../../../shared/campaigns/ledger-state';
import { sqlList } from '../db/sql-list';

/** A ledger row as the sender needs it. */
export interface LedgerRow {
  readonly seq: number;
  /** "A"…"E": the message this row was dealt (its text is already that variant's). */
  readonly variant: string;
  readonly phone: string;
  readonly country: string | null;
  readonly text: string;
  readonly parts: number;
  readonly attempts: number;
  readonly resends: number;
  readonly nextAttemptAt: number;
  /** The id this row went out with last time; null until it is sent (or after a resend). */
  readonly internalId: string | null;
  /** The recipient's own time zone; null: the strictest zone of the row's country. */
  readonly zone: string | null;
}

/** A row frozen into the ledger when a campaign starts. */
export interface NewLedgerRow {
  readonly seq: number;
  readonly phone: string;
  readonly country: string | null;
  readonly fieldsJson: string;
  /** "A"…"E", or `AWAITING_WINNER` (text '' and 0 parts until the winner is chosen). */
  readonly variant: string;
  readonly text: string;
  readonly parts: number;
  /** From the number (phone/number-zone.ts); null: use the country's zones. */
  readonly zone: string | null;
  readonly zoneUncertain: boolean;
  /** Numbers on the opt-out list start as skipped, so the results show them. */
  readonly suppressed: boolean;
}

/** A row the status poller asks CommPeak about. */
export interface PolledRow {
  readonly seq: number;
  readonly variant: string;
  readonly uuid: string;
  readonly acceptedAt: number;
  readonly state: LedgerState;
}

export const ROW_COLUMNS =
  'seq, variant, phone, country, text, parts, attempts, resends, next_attempt_at, internal_id, zone';

export function toLedgerRow(r: Record<string, unknown>): LedgerRow {
  return {
    seq: Number(r.seq),
    variant: String(r.variant),
    phone: String(r.phone),
    country: r.country === null ? null : String(r.country),
    text: String(r.text),
    parts: Number(r.parts),
    attempts: Number(r.attempts),
    resends: Number(r.resends),
    nextAttemptAt: Number(r.next_attempt_at),
    internalId:
      r.internal_id === null || r.internal_id === undefined ? null : String(r.internal_id),
    zone: r.zone === null || r.zone === undefined ? null : String(r.zone),
  };
}

/** `'x'` for one state, type-checked against the ledger's states (for SET and WHERE). */
export const stateLiteral = (state: LedgerState): string => sqlList([state]);

/** `state = 'x'`. */
export const stateIs = (state: LedgerState): string => `state = ${stateLiteral(state)}`;

/** `state IN ('a', 'b')` from one of the sets in shared/campaigns/ledger-state.ts. */
export const stateIn = (states: Iterable<LedgerState>): string => `state IN (${sqlList(states)})`;
