import type { DatabaseSync } from 'node:sqlite';

/**
 * CommPeak's `internal_id` for a row: this data folder's random prefix, the campaign and the
 * row's sequence, plus `-rN` for the user's N-th resend (`k3x9q2ma-c7-000001-r1`). Deterministic,
 * so a resume sends the same id, and different between data folders, so two installs (or the
 * app and the CLI's own folder) never send the same id. A row keeps the id it was sent with
 * (`ledger.internal_id`); this only makes the id of a row going out for the first time.
 */
export function internalIdOf(
  prefix: string,
  campaignId: number,
  seq: number,
  resends: number,
): string {
  const base = `${prefix}-c${campaignId}-${String(seq).padStart(6, '0')}`;
  return resends > 0 ? `${base}-r${resends}` : base;
}

export interface ParsedInternalId {
  /** Null for ids sent before prefixes existed (`c7-000001`). */
  readonly prefix: string | null;
  readonly campaignId: number;
  readonly seq: number;
  readonly resends: number;
}

const FORM = /^(?:([a-z2-7]{8})-)?c(\d+)-(\d+)(?:-r(\d+))?$/;

/** Reads an id back (tests and audits match what CommPeak received with the ledger). */
export function parseInternalId(id: string): ParsedInternalId | null {
  const m = FORM.exec(id);
  if (!m) return null;
  return {
    prefix: m[1] ?? null,
    campaignId: Number(m[2]),
    seq: Number(m[3]),
    resends: m[4] === undefined ? 0 : Number(m[4]),
  };
}

/** This database's prefix, made once by the ledger-identity migration (`ledger_identity`). */
export function readInternalIdPrefix(db: DatabaseSync): string {
  const row = db.prepare('SELECT internal_id_prefix AS p FROM ledger_identity WHERE id = 1').get();
  if (!row)
    throw new Error(
      'This database has no internal id prefix (the ledger-identity migration did not run).',
    );
  return String(row.p);
}
