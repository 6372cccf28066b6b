import { describe, expect, it } from 'vitest';
import {
  acceptedStates,
  failedStates,
  finalDeliveryStatuses,
  isFinalDeliveryStatus,
  ledgerStates,
  notYetSentStates,
  statesInGroup,
  type ProgressGroup,
} from '../../../shared/campaigns/ledger-state';
import { sqlList } from '../../../main/engine/db/sql-list';
import { stateIn } from '../../../main/engine/ledger/ledger-row';

const groups: ProgressGroup[] = [
  'pending',
  'sending',
  'accepted',
  'delivered',
  'failed',
  'uncertain',
  'skipped',
];

describe('ledger state sets', () => {
  it('puts every state in exactly one progress group', () => {
    const grouped = groups.flatMap((g) => statesInGroup(g));
    expect([...grouped].sort()).toEqual([...ledgerStates].sort());
  });

  it('derives the sets the sender filters by from the one list of final statuses', () => {
    expect([...acceptedStates].sort()).toEqual(
      ['accepted', 'sent', ...finalDeliveryStatuses, 'no_report'].sort(),
    );
    expect([...failedStates].sort()).toEqual(
      ['failed_permanent', ...finalDeliveryStatuses.filter((s) => s !== 'delivered')].sort(),
    );
    expect([...notYetSentStates].sort()).toEqual(['failed_retryable', 'pending']);
    expect(isFinalDeliveryStatus('rejected')).toBe(true);
    expect(isFinalDeliveryStatus('sent')).toBe(false);
    // CommPeak's spelling is not trusted to be lower case.
    expect(isFinalDeliveryStatus('Delivered')).toBe(true);
    expect(isFinalDeliveryStatus(' NO_ROUTES ')).toBe(true);
    expect(isFinalDeliveryStatus('SENT')).toBe(false);
    expect(isFinalDeliveryStatus('queued_somewhere')).toBe(false);
  });

  it('renders a set as SQL literals and refuses anything that is not a plain word', () => {
    expect(stateIn(notYetSentStates)).toBe("state IN ('pending', 'failed_retryable')");
    expect(() => sqlList(["x'); DROP TABLE ledger; --"])).toThrow(/not a plain word/);
    expect(() => sqlList([])).toThrow(/empty/);
  });
});
