import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSuppressionCsv } from '../../../main/engine/import/import-suppression-csv';
import {
  addSuppressions,
  hasSuppressions,
  isSuppressed,
  listSuppressions,
  removeSuppression,
} from '../../../main/engine/contacts/suppression-list';
import { tempDatabase } from '../../support/temp-database';

const setup = tempDatabase;

describe('suppression list', () => {
  it('normalises what it is given and reports what it could not use', () => {
    const { db } = setup();
    expect(hasSuppressions(db)).toBe(false);
    const result = addSuppressions(
      db,
      ['052-426-5292', '+972 52 426 5292', '(415) 555-0100', 'nope', ''],
      {
        source: 'manual',
        note: 'asked by phone',
        defaultCountry: 'IL',
      },
    );
    expect(result).toEqual({
      added: 2,
      alreadySuppressed: 1,
      invalid: [
        { input: 'nope', reason: 'not_a_number', detail: '"nope" is not a phone number.' },
        { input: '', reason: 'empty', detail: 'The phone number is empty.' },
      ],
    });
    expect(isSuppressed(db, '+972524265292')).toBe(true);
    // (415) 555-0100 read as an IL number is possible but not valid: still an opt-out entry.
    expect(listSuppressions(db).total).toBe(2);
    expect(listSuppressions(db, { search: '052426' }).rows).toMatchObject([
      { phone: '+972524265292', source: 'manual', note: 'asked by phone' },
    ]);
    expect(removeSuppression(db, '0524265292', 'IL')).toBe(true);
    expect(removeSuppression(db, '+972524265292')).toBe(false);
    expect(() => removeSuppression(db, 'abc')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('imports an opt-out CSV through the same pipeline', async () => {
    const { db, dir } = setup();
    addSuppressions(db, ['+972524265201'], { source: 'reply' });
    const path = join(dir, 'optouts.csv');
    writeFileSync(
      path,
      '\uFEFFNumber;Date\r\n0524265201;2024-01-01\r\n0524265202;2024-01-02\r\n0524265202;2024-01-03\r\nunknown;x\r\n',
    );
    const report = await importSuppressionCsv(db, { path, defaultCountry: 'IL' });
    expect(report).toMatchObject({
      total: 4,
      added: 1,
      alreadySuppressed: 2,
      invalid: 1,
      canceled: false,
    });
    expect(report.issues.map((i) => [i.row, i.kind])).toEqual([
      [1, 'duplicate'],
      [3, 'duplicate'],
      [4, 'invalid'],
    ]);
    expect(listSuppressions(db, { search: '5202' }).rows).toMatchObject([
      { phone: '+972524265202', source: 'import', note: 'optouts.csv' },
    ]);
  });
});
