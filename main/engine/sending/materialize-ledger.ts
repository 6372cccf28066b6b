import type { DatabaseSync } from 'node:sqlite';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { AppFailure } from '../../../shared/contract/result';
import { countParts } from '../../../shared/sms/segment-count';
import { compileTemplate } from '../../../shared/template/compile-template';
import { appendOptOutFooter } from '../../../shared/template/opt-out-footer';
import { audienceFields, iterateAudience } from '../campaigns/audience';
import { inTransaction } from '../db/transaction';

const CHUNK = 5000;

/** Compiles the campaign's message (template + optional opt-out footer) for its audience. */
export function compileCampaignMessage(db: DatabaseSync, campaign: Campaign) {
  const fields = audienceFields(db, campaign.listIds);
  const template = campaign.optOutFooter
    ? appendOptOutFooter(campaign.template, campaign.optOutFooter)
    : campaign.template;
  return compileTemplate(template, fields);
}

/**
 * Freezes the audience and the rendered text into ledger rows, one per recipient, when the
 * campaign starts. Suppressed numbers become `skipped` rows so the results show them.
 * Idempotent: a campaign that already has rows keeps them.
 */
export function materializeLedger(
  db: DatabaseSync,
  campaign: Campaign,
): { rows: number; skipped: number } {
  const existing = db
    .prepare('SELECT COUNT(*) AS n FROM ledger WHERE campaign_id = ?')
    .get(campaign.id);
  if (Number(existing?.n ?? 0) > 0) return { rows: Number(existing?.n), skipped: 0 };
  const compiled = compileCampaignMessage(db, campaign);
  if (!compiled.ok) {
    throw new AppFailure('INVALID_INPUT', compiled.errors[0]?.message ?? 'The message has errors.');
  }
  const insert = db.prepare(`INSERT INTO ledger
    (campaign_id, seq, phone, country, fields_json, text, parts, state, error_code, error_detail)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // One read of the opt-out list instead of a lookup per recipient; numbers added later are
  // caught again at send time.
  const suppressedSet = new Set<string>();
  for (const r of db.prepare('SELECT phone FROM suppressions').iterate())
    suppressedSet.add(String(r.phone));
  let seq = 0;
  let skipped = 0;
  let chunk: (() => void)[] = [];
  const flush = () => {
    const work = chunk;
    chunk = [];
    inTransaction(db, () => work.forEach((w) => w()));
  };
  for (const contact of iterateAudience(db, campaign.listIds, campaign.excludeListIds)) {
    seq += 1;
    const s = seq;
    const text = compiled.render(contact.fields);
    const isSuppressed = suppressedSet.has(contact.phone);
    if (isSuppressed) skipped += 1;
    chunk.push(() =>
      insert.run(
        campaign.id,
        s,
        contact.phone,
        contact.country,
        contact.fieldsJson,
        text,
        countParts(text),
        isSuppressed ? 'skipped' : 'pending',
        isSuppressed ? 'suppressed' : null,
        isSuppressed ? 'On the opt-out list' : null,
      ),
    );
    if (chunk.length >= CHUNK) flush();
  }
  flush();
  if (seq === 0)
    throw new AppFailure('INVALID_INPUT', 'The audience is empty: choose a list with contacts.');
  return { rows: seq, skipped };
}
