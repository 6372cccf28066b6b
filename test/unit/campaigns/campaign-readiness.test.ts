import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { seedList } from '../../support/seed-contacts';
import { testEngine } from '../../support/test-engine';

function setup() {
  const engine = testEngine();
  const call = async (method: string, input: unknown): Promise<Campaign> => {
    const r = await engine.dispatch(method, input, { trusted: true, origin: 'engine' });
    if (!r.ok) throw new Error(r.error.message);
    return r.value as Campaign;
  };
  return { engine, call };
}

describe('campaign readiness', () => {
  it('a complete draft is ready, and an incomplete one goes back to draft', async () => {
    const { engine, call } = setup();
    const list = seedList(engine.db, 'L', 2);
    const c = await call('campaigns:create', { name: 'A' });
    expect(c.status).toBe('draft');
    const ready = await call('campaigns:update', {
      id: c.id,
      patch: { streamId: 'sandbox', template: 'Hi', listIds: [list] },
    });
    expect(ready.status).toBe('ready');
    const back = await call('campaigns:update', { id: c.id, patch: { template: ' ' } });
    expect(back.status).toBe('draft');
    // An unknown merge field keeps it a draft: the message could not be rendered.
    const typo = await call('campaigns:update', {
      id: c.id,
      patch: { template: 'Hi {frist_name}' },
    });
    expect(typo.status).toBe('draft');
    const fixed = await call('campaigns:update', {
      id: c.id,
      patch: { template: 'Hi {first_name}' },
    });
    expect(fixed.status).toBe('ready');
  });

  it('the copy of a ready campaign is ready too', async () => {
    const { engine, call } = setup();
    const list = seedList(engine.db, 'L', 2);
    const c = await call('campaigns:create', { name: 'A' });
    await call('campaigns:update', {
      id: c.id,
      patch: { streamId: 'sandbox', template: 'Hi', listIds: [list] },
    });
    const copy = await call('campaigns:duplicate', { id: c.id });
    expect(copy.name).toBe('A (copy)');
    expect(copy.status).toBe('ready');
  });
});
