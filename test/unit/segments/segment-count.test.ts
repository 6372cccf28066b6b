import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/contacts/search-text';
import {
  segmentConditionSchema,
  type SegmentCondition,
  type SegmentFilter,
} from '../../../shared/contacts/segment-types';
import { compileConditions } from '../../../main/engine/segments/segment-sql';
import { countSegment, iterateSegment } from '../../../main/engine/segments/segment-contacts';
import { AppFailure } from '../../../shared/contract/result';
import { seedList } from '../../support/seed-contacts';
import { tempDatabase } from '../../support/temp-database';

const tiers = ['gold', 'Gold ', 'silver', 'bronze', '', 'GÖLD', 'goldfish'];
const cities = ['Zürich', 'zurich', 'Paris', '', 'Saint-Étienne', "O'Brien %_", 'שרה'];

function memberList(db: DatabaseSync, count: number): number {
  return seedList(db, 'Members', count, {
    columns: ['first_name', 'segment', 'city'],
    fields: (i) => ({
      first_name: `P${i}`,
      segment: tiers[i % tiers.length] ?? '',
      city: cities[Math.floor(i / tiers.length) % cities.length] ?? '',
    }),
  });
}

/** What each condition means, written plainly in JS over the same rows. */
function matches(fields: Record<string, string>, c: SegmentCondition): boolean {
  const v = foldText(fields[c.field] ?? '');
  switch (c.op) {
    case 'equals':
      return v === foldText(c.value);
    case 'isOneOf':
      return c.values.map(foldText).includes(v);
    case 'contains':
      return v.includes(foldText(c.value));
    case 'isEmpty':
      return v === '';
    case 'isNotEmpty':
      return v !== '';
  }
}

function reference(db: DatabaseSync, filter: SegmentFilter): number {
  let n = 0;
  for (const row of db
    .prepare('SELECT fields_json FROM contacts WHERE list_id = ?')
    .iterate(filter.listId)) {
    const fields = JSON.parse(String(row.fields_json)) as Record<string, string>;
    const hits = filter.conditions.map((c) => matches(fields, c));
    if (filter.match === 'all' ? hits.every(Boolean) : hits.some(Boolean)) n++;
  }
  return n;
}

const conditions: SegmentCondition[] = [
  { op: 'equals', field: 'segment', value: 'gold' },
  { op: 'equals', field: 'segment', value: 'GOLD' },
  { op: 'equals', field: 'segment', value: '' },
  { op: 'isOneOf', field: 'segment', values: ['silver', 'Bronze'] },
  { op: 'isOneOf', field: 'segment', values: ['gold', ''] },
  { op: 'contains', field: 'segment', value: 'old' },
  { op: 'contains', field: 'city', value: 'zur' },
  { op: 'contains', field: 'city', value: 'ETIENNE' },
  { op: 'contains', field: 'city', value: "'brien %_" },
  { op: 'equals', field: 'city', value: 'שרה' },
  { op: 'isEmpty', field: 'city' },
  { op: 'isNotEmpty', field: 'segment' },
  { op: 'equals', field: 'first_name', value: 'P7' },
];

describe('segment counts', () => {
  it('match a plain reading of every condition, alone and combined', () => {
    const { db } = tempDatabase();
    const listId = memberList(db, 700);
    for (const c of conditions) {
      const filter: SegmentFilter = { listId, match: 'all', conditions: [c] };
      const expected = reference(db, filter);
      // Each condition selects some rows and not others, so agreeing with it means something.
      expect(expected, JSON.stringify(c)).toBeGreaterThan(0);
      expect(expected, JSON.stringify(c)).toBeLessThan(700);
      expect(countSegment(db, filter), JSON.stringify(c)).toEqual({
        count: expected,
        total: 700,
      });
    }
    for (let i = 0; i + 2 < conditions.length; i++) {
      for (const match of ['all', 'any'] as const) {
        const filter: SegmentFilter = { listId, match, conditions: conditions.slice(i, i + 3) };
        expect(countSegment(db, filter).count, `${match} ${i}`).toBe(reference(db, filter));
      }
    }
    // "gold", "Gold " and "GÖLD" are the same folded value; "goldfish" is not.
    expect(countSegment(db, { listId, match: 'all', conditions: [conditions[0]!] }).count).toBe(
      300,
    );
    expect(countSegment(db, { listId, match: 'all', conditions: [] }).count).toBe(700);
  });

  it('streams the same contacts it counts, in list order', () => {
    const { db } = tempDatabase();
    const listId = memberList(db, 100);
    const filter: SegmentFilter = {
      listId,
      match: 'any',
      conditions: [
        { op: 'equals', field: 'segment', value: 'gold' },
        { op: 'contains', field: 'city', value: 'paris' },
      ],
    };
    const phones = [...iterateSegment(db, filter)].map((r) => r.phone);
    expect(phones).toHaveLength(countSegment(db, filter).count);
    expect([...phones].sort()).toEqual(phones);
  });

  it('never puts what the user typed into the SQL text', () => {
    const hostile = `x') OR 1=1; DROP TABLE contacts; --`;
    const { where, params } = compileConditions(
      'any',
      [
        { op: 'equals', field: 'segment', value: hostile },
        { op: 'contains', field: 'city', value: hostile },
        { op: 'isOneOf', field: 'city', values: [hostile] },
      ],
      ['segment', 'city'],
    );
    expect(where).not.toContain('DROP');
    expect(where).not.toContain('segment');
    expect(Object.values(params).join(' ')).toContain('drop table');
    const { db } = tempDatabase();
    const listId = memberList(db, 10);
    expect(
      countSegment(db, {
        listId,
        match: 'any',
        conditions: [{ op: 'equals', field: 'segment', value: hostile }],
      }).count,
    ).toBe(0);
    expect(db.prepare('SELECT COUNT(*) AS n FROM contacts').get()).toEqual({ n: 10 });
    // Field names are checked before they reach a JSON path, and must be the list's.
    expect(segmentConditionSchema.safeParse({ op: 'isEmpty', field: 'a"] OR 1' }).success).toBe(
      false,
    );
    expect(() =>
      countSegment(db, { listId, match: 'all', conditions: [{ op: 'isEmpty', field: 'tier' }] }),
    ).toThrow(AppFailure);
  });
});
