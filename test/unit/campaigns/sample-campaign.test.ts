import type { CountryCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { QuietHours } from '../../../main/engine/campaigns/quiet-hours';
import { planSample } from '../../../main/engine/campaigns/sample-campaign';
import { normalizePhone } from '../../../main/engine/phone/normalize-phone';
import type { PreflightReport } from '../../../shared/campaigns/campaign-types';
import { effectiveSenderRules } from '../../../shared/compliance/sender-rules';
import type { SampleCampaign } from '../../../shared/contract/sample-contract';
import { defaultQuietHoursPolicy } from '../../../shared/schedule/quiet-hours-policy';
import { testEngine } from '../../support/test-engine';

const ctx = { trusted: true, origin: 'test' };
const rules = effectiveSenderRules({});

describe('the first-run sample', () => {
  it('finds a region in daytime at every quarter hour of a year, with a sender it accepts', () => {
    const quiet = new QuietHours(defaultQuietHoursPolicy);
    const start = Date.parse('2026-01-01T00:00:00Z');
    const countries = new Set<string>();
    for (let t = start; t < start + 365 * 86_400_000; t += 15 * 60_000) {
      const plan = planSample(quiet, rules, 'Peaksend', t);
      countries.add(plan.country);
      expect(quiet.isAllowed(plan.country, t), new Date(t).toISOString()).toBe(true);
      // Letter senders do not reach North America: the sample sends from a fictional number.
      expect(plan.sender === '').toBe(!['US', 'CA'].includes(plan.country));
    }
    expect([...countries].sort()).toEqual(['AU', 'CA', 'GB', 'US']);
  });

  it('uses numbers reserved for fiction, each a well-formed number of its country', () => {
    const quiet = new QuietHours(defaultQuietHoursPolicy);
    const seen = new Set<string>();
    for (const hour of [0, 6, 12, 18, 23]) {
      const plan = planSample(
        quiet,
        rules,
        'Peaksend',
        Date.parse(`2026-06-15T${String(hour).padStart(2, '0')}:30:00Z`),
      );
      if (seen.has(plan.country)) continue;
      seen.add(plan.country);
      expect(plan.contacts).toHaveLength(8);
      for (const c of plan.contacts) {
        const parsed = normalizePhone(c.phone, plan.country as CountryCode);
        expect(parsed.ok, c.phone).toBe(true);
        if (plan.country === 'GB') expect(c.phone).toMatch(/^\+447700900\d{3}$/);
        if (plan.country === 'US' || plan.country === 'CA')
          expect(c.phone).toMatch(/^\+1\d{3}55501\d\d$/);
      }
    }
  });

  it('with every window closed, waits in the UK rather than pretending', () => {
    const closed = new QuietHours({
      default: { start: '08:00', end: '08:01', days: [3] },
      countries: {},
    });
    const plan = planSample(closed, rules, 'Peaksend', Date.parse('2026-06-15T12:00:00Z'));
    expect(plan.country).toBe('GB');
  });

  it('creates the list and a ready Sandbox campaign at its Review, with nothing to fix', async () => {
    const noon = Date.parse('2026-06-15T12:00:00Z');
    const engine = testEngine({ now: () => noon });
    const created = await engine.dispatch(
      'campaigns:createSample',
      { defaultSender: 'Peaksend' },
      ctx,
    );
    if (!created.ok) throw new Error(created.error.message);
    const sample = created.value as SampleCampaign;
    expect(sample.country).toBe('GB');
    expect(sample.campaign).toMatchObject({
      name: 'Sample campaign (Sandbox)',
      status: 'ready',
      streamId: 'sandbox',
      draftStep: 'review',
      listIds: [sample.listId],
      quietHours: true,
    });
    const lists = await engine.dispatch('contacts:lists', undefined, ctx);
    expect(lists.ok && lists.value).toEqual([
      expect.objectContaining({ name: 'Sample contacts (fake numbers)', contactCount: 8 }),
    ]);
    const report = await engine.dispatch(
      'campaigns:preflightFor',
      { id: sample.campaign.id, streamType: 'marketing', defaultSender: 'Peaksend' },
      ctx,
    );
    if (!report.ok) throw new Error(report.error.message);
    const { recipients, compliance } = report.value as PreflightReport;
    expect(recipients).toBe(8);
    expect(compliance).toEqual([]);

    const again = await engine.dispatch(
      'campaigns:createSample',
      { defaultSender: 'Peaksend' },
      ctx,
    );
    expect(again.ok).toBe(true);
    const names = await engine.dispatch('contacts:lists', undefined, ctx);
    const listNames = names.ok ? (names.value as { name: string }[]).map((l) => l.name) : [];
    expect(listNames).toEqual([
      'Sample contacts (fake numbers)',
      'Sample contacts (fake numbers) 2',
    ]);
  });
});
