import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  CampaignProgress,
  PreflightReport,
  VariantProgress,
} from '../../../shared/campaigns/campaign-types';
import { AWAITING_WINNER, defaultUtm } from '../../../shared/campaigns/message-variants';
import type { ProgressGroup } from '../../../shared/campaigns/ledger-state';
import { countParts } from '../../../shared/sms/segment-count';
import { exportResults, queryResults } from '../../../main/engine/campaigns/campaign-results';
import type { Engine } from '../../../main/engine/engine';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign, testDataDir } from '../../support/test-engine';
import { waitForStatus } from '../../support/wait';

const FOOTER = 'Reply STOP to opt out';
const variants = [
  { name: '', template: 'Hi {first_name}, 20% off: https://shop.example/sale' },
  { name: 'Short', template: 'Sale today https://shop.example/sale?ref=sms#top' },
  { name: '', template: '{first_name}, free delivery' },
];

const groups: ProgressGroup[] = [
  'pending',
  'sending',
  'accepted',
  'delivered',
  'failed',
  'uncertain',
  'skipped',
];

/** Per-variant figures add up to the campaign's, group by group. */
function expectAddsUp(p: CampaignProgress): void {
  const sum = (of: (v: VariantProgress) => number) => p.variants.reduce((n, v) => n + of(v), 0);
  expect(sum((v) => v.total)).toBe(p.total);
  expect(sum((v) => v.partsSent)).toBe(p.partsSent);
  for (const g of groups)
    expect(
      sum((v) => v.byGroup[g]),
      g,
    ).toBe(p.byGroup[g]);
}

async function preflight(engine: Engine, id: number) {
  const r = await engine.dispatch(
    'campaigns:preflightFor',
    { id, streamType: 'marketing', defaultSender: 'Brand' },
    { trusted: true, origin: 'engine' },
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value as PreflightReport;
}

describe('A/B variants', () => {
  it('deals each recipient a variant at start, sends its text, and counts per variant', async () => {
    const { engine, sandbox, creds } = await engineWithSandbox({ stream: { rateLimit: 100_000 } });
    const listId = seedList(engine.db, 'L', 60);
    const c = testCampaign(engine, listId, {
      name: 'Spring Sale',
      variants,
      split: { kind: 'custom', percents: [50, 30, 20] },
      optOutFooter: FOOTER,
      utm: { ...defaultUtm, enabled: true },
    });
    const pf = await preflight(engine, c.id);
    expect(pf.templateErrors).toEqual([]);
    expect(pf.variants.map((v) => [v.variant, v.recipients])).toEqual([
      ['A', 30],
      ['B', 18],
      ['C', 12],
    ]);
    expect(pf.variants.reduce((n, v) => n + v.totalParts, 0)).toBe(pf.totalParts);
    expect(pf.variants[0]?.taggedLinks).toBe(30);
    expect(pf.rest).toBeNull();

    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['done']);

    const received = sandbox.received();
    expect(received).toHaveLength(60);
    const byVariant = new Map<string, string[]>();
    const rows = queryResults(engine.db, {
      id: c.id,
      group: 'all',
      search: '',
      variant: 'all',
      offset: 0,
      limit: 100,
    }).rows;
    const textOf = new Map(received.map((m) => [m.phone, m.text]));
    for (const row of rows) {
      const sent = textOf.get(row.phone.replace('+', '')) ?? '';
      expect(sent).toBe(row.text);
      expect(row.parts).toBe(countParts(sent));
      byVariant.set(row.variant, [...(byVariant.get(row.variant) ?? []), sent]);
    }
    // The pre-flight's shares are the ledger's.
    expect([...byVariant].map(([v, texts]) => [v, texts.length])).toEqual([
      ['A', 30],
      ['B', 18],
      ['C', 12],
    ]);
    expect(byVariant.get('A')?.[0]).toBe(
      `Hi Name1, 20% off: https://shop.example/sale?utm_source=sms&utm_medium=sms&utm_campaign=spring-sale&utm_content=a\n${FOOTER}`,
    );
    expect(byVariant.get('B')?.[0]).toBe(
      `Sale today https://shop.example/sale?ref=sms&utm_source=sms&utm_medium=sms&utm_campaign=spring-sale&utm_content=short#top\n${FOOTER}`,
    );
    expect(byVariant.get('C')?.every((t) => t.endsWith(`free delivery\n${FOOTER}`))).toBe(true);

    const p = engine.coordinator.progress(c.id);
    expect(p.variants.map((v) => [v.variant, v.byGroup.accepted])).toEqual([
      ['A', 30],
      ['B', 18],
      ['C', 12],
    ]);
    expectAddsUp(p);

    const out = join(testDataDir(), 'results.csv');
    await exportResults(engine.db, c.id, out);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]?.split(',').slice(0, 2)).toEqual(['phone', 'variant']);
    const column = lines.slice(1).map((l) => l.split(',')[1]);
    expect(column.filter((v) => v === 'B')).toHaveLength(18);
  });

  it('a test split sends its share, waits for the winner, then sends the rest with it', async () => {
    const { engine, sandbox, creds } = await engineWithSandbox({ stream: { rateLimit: 100_000 } });
    const listId = seedList(engine.db, 'L', 100);
    const c = testCampaign(engine, listId, {
      variants: [
        { name: '', template: 'Offer one' },
        { name: '', template: 'Offer two is a bit longer' },
      ],
      split: { kind: 'test', testPercent: 20 },
      optOutFooter: FOOTER,
    });
    const pf = await preflight(engine, c.id);
    expect(pf.variants.map((v) => v.recipients)).toEqual([10, 10]);
    expect(pf.rest?.recipients).toBe(80);
    expect(pf.rest?.byVariant.map((v) => v.totalParts)).toEqual([80, 80]);
    expect(pf.recipients).toBe(100);

    await expect(engine.coordinator.chooseWinner(c.id, 'B', creds)).rejects.toThrow(
      /once the test share has been sent/,
    );
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['paused']);
    expect(engine.campaigns.get(c.id).pauseReason).toEqual({ kind: 'chooseWinner' });
    expect(sandbox.received()).toHaveLength(20);
    const waiting = engine.coordinator.progress(c.id);
    expect(waiting.variants.map((v) => [v.variant, v.byGroup.accepted, v.byGroup.pending])).toEqual(
      [
        ['A', 10, 0],
        ['B', 10, 0],
        [AWAITING_WINNER, 0, 80],
      ],
    );
    expectAddsUp(waiting);
    // Resuming without a winner sends nothing more and asks again.
    await engine.coordinator.resume(c.id, creds);
    await waitForStatus(engine, c.id, ['paused']);
    expect(sandbox.received()).toHaveLength(20);
    await expect(engine.coordinator.chooseWinner(c.id, 'C', creds)).rejects.toThrow(/no variant C/);

    await engine.coordinator.chooseWinner(c.id, 'B', creds);
    await waitForStatus(engine, c.id, ['done']);
    expect(engine.campaigns.get(c.id).winner).toBe('B');
    const texts = sandbox.received().map((m) => m.text);
    expect(texts).toHaveLength(100);
    expect(texts.filter((t) => t.startsWith('Offer one'))).toHaveLength(10);
    expect(texts.filter((t) => t.startsWith('Offer two'))).toHaveLength(90);
    const done = engine.coordinator.progress(c.id);
    expect(done.variants.map((v) => [v.variant, v.byGroup.accepted])).toEqual([
      ['A', 10],
      ['B', 90],
    ]);
    expectAddsUp(done);
  });

  it('a test too small to reach every variant is refused before sending', async () => {
    const { engine } = await engineWithSandbox();
    const listId = seedList(engine.db, 'L', 6);
    const c = testCampaign(engine, listId, {
      variants: [
        { name: '', template: 'One' },
        { name: '', template: 'Two' },
      ],
      split: { kind: 'test', testPercent: 10 },
    });
    const pf = await preflight(engine, c.id);
    expect(pf.variants.map((v) => v.recipients)).toEqual([0, 0]);
    expect(pf.templateErrors).toEqual([
      'Variant A gets nobody in the test: raise the test share or add recipients.',
      'Variant B gets nobody in the test: raise the test share or add recipients.',
    ]);
  });

  it('once a winner is recorded, another cannot be chosen', async () => {
    const { engine, creds } = await engineWithSandbox();
    const listId = seedList(engine.db, 'L', 20);
    const c = testCampaign(engine, listId, {
      variants: [
        { name: '', template: 'One' },
        { name: '', template: 'Two' },
      ],
      split: { kind: 'test', testPercent: 50 },
    });
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['paused']);
    // As if a stop came while the rest's rows were being given the winner's text.
    engine.campaigns.setWinner(c.id, 'A');
    await expect(engine.coordinator.chooseWinner(c.id, 'B', creds)).rejects.toThrow(
      /Variant A was already chosen/,
    );
    await engine.coordinator.chooseWinner(c.id, 'A', creds);
    await waitForStatus(engine, c.id, ['done']);
  });

  it('a paused and resumed campaign keeps every recipient’s variant', async () => {
    const { engine, sandbox, creds } = await engineWithSandbox({ stream: { rateLimit: 200 } });
    const listId = seedList(engine.db, 'L', 120);
    const c = testCampaign(engine, listId, {
      variants: [
        { name: '', template: 'Text A' },
        { name: '', template: 'Text B' },
      ],
      batchSize: 10,
      concurrency: 1,
    });
    await engine.coordinator.start(c.id, creds);
    const variantsBefore = queryResults(engine.db, {
      id: c.id,
      group: 'all',
      search: '',
      variant: 'all',
      offset: 0,
      limit: 1000,
    }).rows.map((r) => r.variant);
    await engine.coordinator.pause(c.id);
    expect(sandbox.received().length).toBeLessThan(120);
    await engine.coordinator.resume(c.id, creds);
    await waitForStatus(engine, c.id, ['done']);
    const rows = queryResults(engine.db, {
      id: c.id,
      group: 'all',
      search: '',
      variant: 'all',
      offset: 0,
      limit: 1000,
    }).rows;
    expect(rows.map((r) => r.variant)).toEqual(variantsBefore);
    const sent = new Map(sandbox.received().map((m) => [m.phone, m.text]));
    for (const r of rows) expect(sent.get(r.phone.replace('+', ''))).toBe(`Text ${r.variant}`);
  });
});
