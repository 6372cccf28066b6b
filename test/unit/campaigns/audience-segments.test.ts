import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { AudienceSources } from '../../../shared/campaigns/campaign-types';
import { audienceFields, iterateAudience } from '../../../main/engine/campaigns/audience';
import { addSuppressions } from '../../../main/engine/contacts/suppression-list';
import { countSegment } from '../../../main/engine/segments/segment-contacts';
import { deleteSegment, saveSegment } from '../../../main/engine/segments/segment-store';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign, testEngine } from '../../support/test-engine';
import { waitForStatus } from '../../support/wait';

const tiers = ['gold', 'silver', 'bronze'];

/** Two lists sharing phones 1…50: "A" has 100 contacts, "B" is phones 51…150 (prefix-aligned). */
function twoLists(db: DatabaseSync) {
  const fields = (i: number) => ({ first_name: `N${i}`, segment: tiers[i % 3] ?? '' });
  const columns = ['first_name', 'segment'];
  const a = seedList(db, 'A', 100, { fields, columns });
  const b = seedList(db, 'B', 150, { fields, columns });
  db.prepare(`DELETE FROM contacts WHERE list_id = ? AND CAST(substr(phone, -3) AS INT) <= 50`).run(
    b,
  );
  const gold = (listId: number, name: string) =>
    saveSegment(db, {
      name,
      listId,
      match: 'all',
      conditions: [{ op: 'equals', field: 'segment', value: 'Gold' }],
    });
  return { a, b, goldA: gold(a, 'Gold A'), goldB: gold(b, 'Gold B') };
}

const none: AudienceSources = {
  listIds: [],
  segmentIds: [],
  excludeListIds: [],
  excludeSegmentIds: [],
};
const phones = (db: DatabaseSync, audience: Partial<AudienceSources>) =>
  [...iterateAudience(db, { ...none, ...audience })].map((c) => Number(c.phone.slice(-3)));

describe('audiences with segments', () => {
  it('is the union of lists and segments, one row per phone, minus excluded lists and segments', () => {
    const { db } = testEngine();
    const { a, b, goldA, goldB } = twoLists(db);
    const goldOfA = phones(db, { segmentIds: [goldA.id] });
    expect(goldOfA).toHaveLength(countSegment(db, goldA).count);
    expect(goldOfA.every((n) => n % 3 === 0)).toBe(true);
    // A segment adds to a list without repeating anyone in both.
    expect(phones(db, { listIds: [b], segmentIds: [goldA.id] })).toHaveLength(100 + 16);
    // Everyone in A except its gold contacts.
    const notGold = phones(db, { listIds: [a], excludeSegmentIds: [goldA.id] });
    expect(notGold).toHaveLength(100 - goldOfA.length);
    expect(notGold.some((n) => n % 3 === 0)).toBe(false);
    // Gold of B, minus anyone also in A.
    expect(phones(db, { segmentIds: [goldB.id], excludeListIds: [a] })).toEqual(
      Array.from({ length: 150 - 100 }, (_, i) => 101 + i).filter((n) => n % 3 === 0),
    );
    // The merge fields come from the segments' lists too; a deleted segment selects no one.
    expect(audienceFields(db, { listIds: [], segmentIds: [goldB.id] })).toEqual([
      'first_name',
      'segment',
    ]);
    deleteSegment(db, goldB.id);
    expect(phones(db, { segmentIds: [goldB.id] })).toEqual([]);
  });

  it('freezes a segment audience into the ledger at start, opted-out numbers skipped', () => {
    const engine = testEngine();
    const { db } = engine;
    const { goldA } = twoLists(db);
    addSuppressions(db, ['+4915200000003'], { source: 'manual' });
    const c = testCampaign(engine, 0, { listIds: [], segmentIds: [goldA.id] });
    const frozen = materializeLedger(db, engine.campaigns.get(c.id));
    expect(frozen).toEqual({ rows: countSegment(db, goldA).count, skipped: 1 });
    // Changing the segment afterwards changes nothing for this campaign.
    saveSegment(db, { ...goldA, conditions: [] });
    expect(materializeLedger(db, engine.campaigns.get(c.id)).rows).toBe(frozen.rows);
  });

  it('sends exactly the segment to the sandbox', async () => {
    const { engine, sandbox, creds } = await engineWithSandbox({ stream: { rateLimit: 100_000 } });
    const { goldA, b } = twoLists(engine.db);
    const c = testCampaign(engine, b, { segmentIds: [goldA.id], excludeListIds: [] });
    expect(engine.campaigns.get(c.id).segmentIds).toEqual([goldA.id]);
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['done']);
    const sent = new Set(
      sandbox
        .received()
        .filter((m) => m.accepted)
        .map((m) => m.phone),
    );
    // List B (100) plus the gold of A not already in B (phones 3…48: 16).
    expect(sent.size).toBe(116);
  });
});
