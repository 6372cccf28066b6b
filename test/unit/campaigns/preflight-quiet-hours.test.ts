import { describe, expect, it } from 'vitest';
import { runPreflight } from '../../../main/engine/campaigns/preflight';
import { QuietHours } from '../../../main/engine/campaigns/quiet-hours';
import { defaultQuietHoursPolicy } from '../../../shared/schedule/quiet-hours-policy';
import { seedList } from '../../support/seed-contacts';
import { testEngine } from '../../support/test-engine';

function setup() {
  const night = Date.parse('2026-11-27T02:00:00Z'); // 03:00 in Berlin
  const engine = testEngine({ now: () => night });
  const list = seedList(engine.db, 'DE', 3, { country: 'DE' });
  const preflight = (quietHours: boolean) => {
    const c = engine.campaigns.create('Night', {
      streamId: 's1',
      sender: 'Shop',
      template: 'Sale today. Reply STOP to opt out',
      listIds: [list],
      quietHours,
    });
    return runPreflight(engine.db, c, {
      streamType: 'marketing',
      defaultSender: 'Shop',
      prices: [],
      quietHours: new QuietHours(defaultQuietHoursPolicy),
      now: () => night,
    });
  };
  return { preflight };
}

describe('pre-flight and quiet hours', () => {
  it('flags a night-time marketing send that ignores quiet hours', () => {
    const report = setup().preflight(false);
    expect(report.compliance.map((c) => [c.rule, c.severity])).toContainEqual([
      'quiet_hours',
      'error',
    ]);
  });

  it('does not flag it when quiet hours hold the messages until morning', () => {
    const report = setup().preflight(true);
    expect(report.compliance.map((c) => c.rule)).not.toContain('quiet_hours');
    expect(report.recipients).toBe(3);
  });
});

describe('pre-flight: who waits for quiet hours, and until when', () => {
  it('counts held recipients of a mixed US/GB/FR list in their own zones', () => {
    const at = Date.parse('2026-11-27T06:27:00Z'); // Friday: 01:27 New York, 06:27 London, 07:27 Paris
    const engine = testEngine({ now: () => at });
    const people = [
      { phone: '+12125550101', country: 'US' },
      { phone: '+12125550102', country: 'US' },
      { phone: '+447911123456', country: 'GB' },
      { phone: '+33612345678', country: 'FR' },
    ];
    const list = seedList(engine.db, 'Mixed', people.length, { phone: (i) => people[i - 1]! });
    const c = engine.campaigns.create('Morning', {
      streamId: 's1',
      sender: '+12125550100',
      template: 'Sale today. Reply STOP to opt out',
      listIds: [list],
      quietHours: true,
    });
    const report = runPreflight(engine.db, c, {
      streamType: 'marketing',
      defaultSender: '+12125550100',
      prices: [],
      quietHours: new QuietHours(defaultQuietHoursPolicy),
      now: () => at,
    });
    expect(report.quietHold).toMatchObject({ startsAt: at, held: 4, sendableNow: 0 });
    const releases = [...(report.quietHold?.releases ?? [])].sort(
      (a, b) => (a.at ?? 0) - (b.at ?? 0),
    );
    expect(releases).toEqual([
      { at: Date.parse('2026-11-27T07:00:00Z'), count: 1 }, // 08:00 Paris
      { at: Date.parse('2026-11-27T08:00:00Z'), count: 1 }, // 08:00 London
      { at: Date.parse('2026-11-27T13:00:00Z'), count: 2 }, // 08:00 New York
    ]);
  });
});
