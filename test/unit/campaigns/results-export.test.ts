import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportResults } from '../../../main/engine/campaigns/campaign-results';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { seedList } from '../../support/seed-contacts';
import { tempDir } from '../../support/temp-dir';
import { testCampaign, testEngine } from '../../support/test-engine';

describe('results export', () => {
  it('starts with a UTF-8 BOM and neutralises only cells that could run as formulas', async () => {
    const engine = testEngine();
    const list = seedList(engine.db, 'L', 2, {
      fields: (i) => ({ first_name: i === 1 ? '=HYPERLINK("x")' : 'Zoë', city: '-12' }),
    });
    const c = testCampaign(engine, list, { template: 'Hi {first_name}' });
    materializeLedger(engine.db, c);
    const dir = tempDir();
    const file = join(dir.path, 'results.csv');
    await exportResults(engine.db, c.id, file);
    const bytes = readFileSync(file);
    // Excel reads a CSV without a BOM as the system code page and garbles "Zoë".
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]?.startsWith('phone,')).toBe(true);
    // A phone number is a plain number: no apostrophe in front of it.
    expect(lines[1]?.startsWith('+4915200000001,')).toBe(true);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[2]).toBe('+4915200000002,Zoë,-12,Hi Zoë,1,pending,,,,,,');
  });
});
