import { describe, expect, it } from 'vitest';
import { deleteList } from '../../../main/engine/contacts/contact-list';
import {
  deleteSegment,
  listSegments,
  saveSegment,
  segmentUsage,
} from '../../../main/engine/segments/segment-store';
import { AppFailure } from '../../../shared/contract/result';
import { seedList } from '../../support/seed-contacts';
import { testCampaign, testEngine } from '../../support/test-engine';

function setup() {
  const engine = testEngine();
  const listId = seedList(engine.db, 'Members', 3, { columns: ['first_name', 'segment'] });
  return { engine, db: engine.db, listId };
}

const gold = { op: 'equals', field: 'segment', value: 'gold' } as const;

describe('saved segments', () => {
  it('are created, renamed and listed per list, with names unique across lists', () => {
    const { db, listId } = setup();
    const saved = saveSegment(db, { name: 'Gold', listId, match: 'all', conditions: [gold] });
    expect(saved).toMatchObject({ name: 'Gold', listId, match: 'all', conditions: [gold] });
    const other = seedList(db, 'Other', 1);
    expect(() =>
      saveSegment(db, { name: ' gold ', listId: other, match: 'all', conditions: [] }),
    ).toThrow(/A segment named "gold" already exists/);
    const renamed = saveSegment(db, { ...saved, name: 'Gold members', match: 'any' });
    expect(renamed).toMatchObject({ id: saved.id, name: 'Gold members', match: 'any' });
    expect(listSegments(db, listId).map((s) => s.name)).toEqual(['Gold members']);
    expect(listSegments(db, other)).toEqual([]);
  });

  it('refuses a field the list does not have, naming the condition', () => {
    const { db, listId } = setup();
    try {
      saveSegment(db, {
        name: 'X',
        listId,
        match: 'all',
        conditions: [gold, { op: 'isEmpty', field: 'city' }],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppFailure);
      expect((error as AppFailure).fields).toEqual({
        'conditions.1.field': '“Members” has no field “city”.',
      });
    }
  });

  it('names the campaigns using it, and goes with its list', () => {
    const { engine, db, listId } = setup();
    const s = saveSegment(db, { name: 'Gold', listId, match: 'all', conditions: [gold] });
    testCampaign(engine, listId, { name: 'Spring', listIds: [], segmentIds: [s.id] });
    testCampaign(engine, listId, { name: 'Autumn', excludeSegmentIds: [s.id] });
    testCampaign(engine, listId, { name: 'Other' });
    expect(segmentUsage(db, s.id)).toEqual(['Autumn', 'Spring']);
    deleteList(db, listId);
    expect(listSegments(db)).toEqual([]);
    expect(() => deleteSegment(db, s.id)).toThrow(/no longer exists/);
  });
});
