import { describe, expect, it } from 'vitest';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { recountCampaign } from '../../../main/engine/ledger/campaign-counts';
import { seedList } from '../../support/seed-contacts';
import { testCampaign, testEngine } from '../../support/test-engine';

describe('the error breakdown', () => {
  it('counts rows that will be retried apart from recipients that failed', () => {
    const engine = testEngine();
    const c = testCampaign(engine, seedList(engine.db, 'L', 6));
    materializeLedger(engine.db, c);
    engine.db.exec(`
      UPDATE ledger SET state = 'failed_retryable', error_code = 'connection_refused',
        error_detail = 'Connection refused' WHERE seq <= 3;
      UPDATE ledger SET state = 'failed_permanent', error_code = 'INVALID_PHONE',
        error_detail = 'Invalid phone' WHERE seq = 4;
      UPDATE ledger SET state = 'uncertain', error_code = 'http_5xx' WHERE seq = 5;`);
    // Written by hand, not by the ledger writer: the counters counted again.
    recountCampaign(engine.db, c.id);
    const p = engine.coordinator.progress(c.id);
    // "Connection refused" is no recipient's outcome: those three are tried again.
    expect(p.retrying).toEqual([{ reason: 'connection_refused', count: 3 }]);
    expect(p.errors).toEqual(
      expect.arrayContaining([
        { reason: 'INVALID_PHONE', count: 1 },
        { reason: 'http_5xx', count: 1 },
      ]),
    );
    expect(p.errors.map((e) => e.reason)).not.toContain('connection_refused');
  });
});
