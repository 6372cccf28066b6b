import { describe, expect, it } from 'vitest';
import { QuietHours } from '../../../main/engine/campaigns/quiet-hours';
import { defaultQuietHoursPolicy } from '../../../shared/schedule/quiet-hours-policy';

const at = (iso: string) => Date.parse(iso);

describe('quiet hours', () => {
  const q = new QuietHours(defaultQuietHoursPolicy);

  it('uses the recipient country’s local time', () => {
    // 07:30 in Berlin (UTC+1 in November): too early; 08:30: allowed; 21:00: closed.
    expect(q.isAllowed('DE', at('2026-11-27T06:30:00Z'))).toBe(false);
    expect(q.isAllowed('DE', at('2026-11-27T07:30:00Z'))).toBe(true);
    expect(q.isAllowed('DE', at('2026-11-27T20:00:00Z'))).toBe(false);
  });

  it('applies the stricter window across all of a country’s time zones (US)', () => {
    // 14:00 UTC = 09:00 New York but 04:00 Honolulu: not every US zone is inside 8–21.
    expect(q.isAllowed('US', at('2026-11-27T14:00:00Z'))).toBe(false);
    // 19:00 UTC = 14:00 New York, 09:00 Honolulu, 10:00 Anchorage: all inside.
    expect(q.isAllowed('US', at('2026-11-27T19:00:00Z'))).toBe(true);
    // 01:30 UTC = 20:30 New York, but 15:30 Honolulu: still fine; 02:30 UTC = 21:30 NY: closed.
    expect(q.isAllowed('US', at('2026-11-28T02:30:00Z'))).toBe(false);
  });

  it('keeps France closed on Sundays and finds the next opening', () => {
    const sundayNoon = at('2026-11-29T11:00:00Z'); // Sunday 12:00 Paris
    expect(q.isAllowed('FR', sundayNoon)).toBe(false);
    const next = q.nextOpening('FR', sundayNoon);
    expect(next).toBe(at('2026-11-30T07:00:00Z')); // Monday 08:00 Paris
    expect(q.isAllowed('FR', at('2026-11-28T20:30:00Z'))).toBe(true); // Saturday 21:30 Paris
  });

  it('uses the default window for unknown countries (UTC)', () => {
    expect(q.isAllowed(null, at('2026-11-27T12:00:00Z'))).toBe(true);
    expect(q.isAllowed(null, at('2026-11-27T22:00:00Z'))).toBe(false);
  });
});
