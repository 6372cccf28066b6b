import type { DatabaseSync } from 'node:sqlite';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import {
  VARIANT_KEYS,
  isTestSplit,
  type VariantKey,
} from '../../../shared/campaigns/message-variants';
import { AppFailure } from '../../../shared/contract/result';
import { countParts } from '../../../shared/sms/segment-count';
import { compileVariantForLedger, frozenFields } from '../campaigns/compile-campaign-message';
import type { CampaignStore } from '../campaigns/campaign-store';
import { inTransaction } from '../db/transaction';
import type { CampaignLeases } from '../ledger/campaign-leases';
import { LedgerVariants } from '../ledger/ledger-variants';

const CHUNK = 5000;

/**
 * The user chose `variant` for the rows the test held back: checked, recorded first (a stop
 * halfway through those rows cannot lead to a second winner), then given to every such row.
 * The caller holds the campaign's lease and starts the run.
 */
export function giveRestTo(
  d: { db: DatabaseSync; campaigns: CampaignStore; leases: CampaignLeases },
  campaignId: number,
  variant: VariantKey,
): void {
  const c = d.campaigns.get(campaignId);
  const index = assertCanChooseWinner(d.db, c, variant);
  d.campaigns.setWinner(campaignId, variant);
  assignWinner(d.db, c, index, () => d.leases.keep(campaignId));
}

/** The winner can be chosen once the test share is sent, for a variant the campaign has. */
export function assertCanChooseWinner(
  db: DatabaseSync,
  campaign: Campaign,
  variant: VariantKey,
): number {
  if (!isTestSplit(campaign.split, campaign.variants.length)) {
    throw new AppFailure('CONFLICT', 'This campaign does not test its variants first.');
  }
  if (campaign.status !== 'paused' || campaign.pauseReason?.kind !== 'chooseWinner') {
    throw new AppFailure(
      'CONFLICT',
      'The winner can be chosen once the test share has been sent and the campaign waits for it.',
    );
  }
  const index = VARIANT_KEYS.indexOf(variant);
  if (index < 0 || index >= campaign.variants.length) {
    throw new AppFailure('INVALID_INPUT', `This campaign has no variant ${variant}.`);
  }
  // Giving the rest its text takes several transactions; once one was written the choice stands.
  if (campaign.winner !== null && campaign.winner !== variant) {
    throw new AppFailure(
      'CONFLICT',
      `Variant ${campaign.winner} was already chosen as the winner; send the rest with it.`,
    );
  }
  if (new LedgerVariants(db).awaitingWinner(campaign.id) === 0) {
    throw new AppFailure('CONFLICT', 'No recipients are waiting for the winner.');
  }
  return index;
}

/**
 * Gives every row the test held back the winning variant and its text, rendered now from the
 * row's frozen fields (the lists may have changed since the start). Chunked like the ledger's
 * creation; `eachChunk` renews the lease inside each transaction.
 */
export function assignWinner(
  db: DatabaseSync,
  campaign: Campaign,
  index: number,
  eachChunk: () => void,
): number {
  const variants = new LedgerVariants(db);
  const compiled = compileVariantForLedger(campaign, index);
  let after = 0;
  let assigned = 0;
  for (;;) {
    const page = variants.heldBackPage(campaign.id, after, CHUNK);
    const last = page[page.length - 1];
    if (!last) break;
    inTransaction(db, () => {
      eachChunk();
      const rows = page.map((row) => {
        const text = compiled.render(frozenFields(row.fieldsJson));
        return { seq: row.seq, text, parts: countParts(text) };
      });
      variants.assignRows(campaign.id, compiled.key, rows);
    });
    after = last.seq;
    assigned += page.length;
  }
  return assigned;
}
