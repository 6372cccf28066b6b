import { describe, expect, it } from 'vitest';
import { quietHoldText } from '../../../renderer/features/campaigns/editor/review/quiet-hold-text';

const startsAt = Date.parse('2026-11-27T06:27:00Z');
const at13 = Date.parse('2026-11-27T13:00:00Z');

describe('the quiet-hours warning before sending', () => {
  it('says how many wait, when sending to them starts and about when it ends', () => {
    const hold = {
      startsAt,
      held: 3210,
      sendableNow: 1200,
      releases: [{ at: at13, count: 3210 }],
      zoneUncertain: 0,
    };
    expect(quietHoldText(hold, 1, false)).toBe(
      '3,210 recipients are in quiet hours now; sending to them starts 13:00 UTC and ends about 13:53 UTC.',
    );
  });

  it('says so when everyone waits, and names uncertain zones', () => {
    const hold = {
      startsAt,
      held: 4,
      sendableNow: 0,
      releases: [
        { at: at13, count: 2 },
        { at: Date.parse('2026-11-27T07:00:00Z'), count: 2 },
      ],
      zoneUncertain: 1,
    };
    expect(quietHoldText(hold, 10, true)).toBe(
      'All 4 recipients are in quiet hours at the scheduled time; sending to them starts 07:00 UTC and ends about 13:00 UTC. For 1 number the zone is uncertain; the latest of its zones is used.',
    );
  });

  it('says nothing when nobody waits', () => {
    expect(quietHoldText(null, 10, false)).toBeNull();
    expect(
      quietHoldText(
        { startsAt, held: 0, sendableNow: 5, releases: [], zoneUncertain: 0 },
        10,
        false,
      ),
    ).toBeNull();
  });
});
