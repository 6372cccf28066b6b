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
