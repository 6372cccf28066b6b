import { describe, expect, it } from 'vitest';
import { LedgerStore } from '../../../main/engine/ledger/ledger-store';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { ProgressPublisher } from '../../../main/engine/sending/progress-publisher';
import { seedList } from '../../support/seed-contacts';
import { testCampaign, testEngine } from '../../support/test-engine';

const live = {
  running: true,
  heldBy: null,
  heldForQuietHours: 0,
  nextOpeningMs: null,
  heldReleases: [],
  waiting: null,
  nominalRate: null,
};

// The error breakdown of a running campaign is a scan of its ledger, so it is re-read at most
// every 2 s, and only every 10 s while no row has moved into a state that can carry an error.
describe('the error breakdown while a campaign runs', () => {
  it('shows a new failure within 2 s, and re-reads an unchanged breakdown only every 10 s', () => {
    const engine = testEngine();
    const c = testCampaign(engine, seedList(engine.db, 'L', 6));
    materializeLedger(engine.db, c);
    const clock = { t: 1_000_000 };
    const publisher = new ProgressPublisher({
      ledger: new LedgerStore(engine.db),
      prices: () => [],
      now: () => clock.t,
      emit: () => {},
      snapshot: () => {
        throw new Error('not used');
      },
    });
    const errors = () => publisher.build(engine.campaigns.get(c.id), live).errors;
    const variant = engine.db.prepare('SELECT variant FROM ledger WHERE seq = 1').get()?.variant;
    expect(errors()).toEqual([]);

    // A row the tracker saw fail (as the runner records an outcome): shown after 2 s.
    engine.db.exec(`UPDATE ledger SET state = 'failed_permanent', error_code = 'INVALID_PHONE'
      WHERE seq = 1`);
    publisher.tracker(c.id).move(String(variant), 'pending', 'failed_permanent');
    clock.t += 1000;
    expect(errors()).toEqual([]);
    clock.t += 1100;
    expect(errors()).toEqual([{ reason: 'INVALID_PHONE', count: 1 }]);

    // A change the tracker's counts do not show (another error code on the same row) waits
    // for the 10 s re-read.
    engine.db.exec(`UPDATE ledger SET error_code = 'BLOCKED' WHERE seq = 1`);
    clock.t += 2100;
    expect(errors()).toEqual([{ reason: 'INVALID_PHONE', count: 1 }]);
    clock.t += 8000;
    expect(errors()).toEqual([{ reason: 'BLOCKED', count: 1 }]);
  });
});
