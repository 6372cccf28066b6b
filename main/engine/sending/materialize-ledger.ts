import type { DatabaseSync } from 'node:sqlite';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { AWAITING_WINNER, splitProblem } from '../../../shared/campaigns/message-variants';
import { variantDealer } from '../../../shared/campaigns/variant-assignment';
import { AppFailure } from '../../../shared/contract/result';
import { countParts } from '../../../shared/sms/segment-count';
import { iterateAudience } from '../campaigns/audience';
import { compileCampaignVariants, firstMessageError } from '../campaigns/compile-campaign-message';
import { assertListsReady } from '../contacts/contact-list';
import { allSuppressedPhones } from '../contacts/suppression-list';
import { inTransaction } from '../db/transaction';
import { LedgerStore } from '../ledger/ledger-store';
import type { NewLedgerRow } from '../ledger/ledger-row';
import { zoneOfNumber } from '../phone/number-zone';
import { shippedZoneMap } from '../phone/zone-map';

const CHUNK = 5000;

/**
 * Freezes the audience, each recipient's variant and the rendered text into ledger rows, one
 * per recipient, when the campaign starts. Suppressed numbers become `skipped` rows so the
 * results show them. Rows a test split holds back get their text when the winner is chosen.
 * Idempotent: a campaign that already has rows keeps them.
 */
export function materializeLedger(
  db: DatabaseSync,
  campaign: Campaign,
  ledger: LedgerStore = new LedgerStore(db),
  /** Runs in each chunk's transaction: the caller renews the campaign's lease there. */
  eachChunk: () => void = () => {},
  /** Where a number's zones differ, the latest at this moment is kept (their offsets now). */
  now: () => number = Date.now,
): { rows: number; skipped: number } {
  const existing = ledger.rowCount(campaign.id);
  if (existing > 0) return { rows: existing, skipped: 0 };
  // A list whose import has not finished is part of a file: never an audience, never exclusions.
  assertListsReady(db, [...campaign.listIds, ...campaign.excludeListIds]);
  const compiled = compileCampaignVariants(db, campaign);
  const problem = firstMessageError(compiled) ?? splitProblem(campaign.split, compiled.length);
  if (problem !== null) throw new AppFailure('INVALID_INPUT', problem);
  const byKey = new Map(compiled.map((v) => [v.key, v]));
  const deal = variantDealer(compiled.length, campaign.split);
  // One read of the opt-out list instead of a lookup per recipient; numbers added later are
  // caught again at send time.
  const suppressed = allSuppressedPhones(db);
  // Each recipient's zone is decided here, once, so sending never parses a number.
  const zones = shippedZoneMap();
  const at = now();
  let seq = 0;
  let skipped = 0;
  let chunk: NewLedgerRow[] = [];
  const flush = () => {
    const rows = chunk;
    chunk = [];
    inTransaction(db, () => {
      eachChunk();
      ledger.insertRows(campaign.id, rows);
    });
  };
  const zoneFields = (phone: string) => {
    const z = zoneOfNumber(phone, zones, at);
    return { zone: z.zone, zoneUncertain: z.uncertain };
  };
  for (const contact of iterateAudience(db, campaign)) {
    seq += 1;
    const variant = deal();
    const text = byKey.get(variant)?.render(contact.fields) ?? '';
    const isSuppressed = suppressed.has(contact.phone);
    if (isSuppressed) skipped += 1;
    chunk.push({
      seq,
      phone: contact.phone,
      country: contact.country,
      fieldsJson: contact.fieldsJson,
      variant,
      text,
      parts: variant === AWAITING_WINNER ? 0 : countParts(text),
      ...zoneFields(contact.phone),
      suppressed: isSuppressed,
    });
    if (chunk.length >= CHUNK) flush();
  }
  flush();
  if (seq === 0)
    throw new AppFailure('INVALID_INPUT', 'The audience is empty: choose a list with contacts.');
  return { rows: seq, skipped };
}
