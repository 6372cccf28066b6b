import { afterEach, describe, expect, it } from 'vitest';
import { runPreflight } from '../../../main/engine/campaigns/preflight';
import { createEngine } from '../../../main/engine/engine';
import { QuietHours } from '../../../main/engine/campaigns/quiet-hours';
import { defaultQuietHoursPolicy } from '../../../shared/schedule/quiet-hours-policy';
import { seedList } from '../../support/seed-contacts';
import { tempDir } from '../../support/temp-dir';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function setup() {
  const dir = tempDir();
  cleanups.push(dir.cleanup);
  const night = Date.parse('2026-11-27T02:00:00Z'); // 03:00 in Berlin
  const engine = createEngine({ dataDir: dir.path, now: () => night });
  cleanups.push(() => engine.close());
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
