import { describe, expect, it } from 'vitest';
import type { FromEngine, ToEngine } from '../../../main/engine-contract/engine-protocol';
import type { Engine } from '../../../main/engine/engine';
import { serveEngine } from '../../../main/engine/serve-engine';
import { seedList } from '../../support/seed-contacts';
import { testCampaign, testEngine } from '../../support/test-engine';

describe('the engine serving requests that arrive together', () => {
  it('posts a quick answer before it runs a slow request queued behind it', async () => {
    const real = testEngine();
    testCampaign(real, seedList(real.db, 'L', 10));
    const order: string[] = [];
    // The real engine; its contacts:lists made slow (as on a database with a million contacts,
    // where it is ≈150 ms the first time) and noted when it starts.
    const engine: Engine = {
      ...real,
      dispatch: (channel, input, ctx) => {
        if (channel === 'contacts:lists') {
          order.push('contacts:lists started');
          const end = Date.now() + 100;
          while (Date.now() < end) {
            // A synchronous read that takes 100 ms.
          }
        }
        return real.dispatch(channel, input, ctx);
      },
    };
    let deliver: (m: ToEngine) => void = () => {};
    const answered = new Promise<void>((resolve) => {
      serveEngine(
        engine,
        {
          post: (m: FromEngine) => {
            if (m.type !== 'response') return;
            order.push(`answer ${m.id}`);
            if (order.filter((o) => o.startsWith('answer')).length === 2) resolve();
          },
          onMessage: (listener) => (deliver = listener),
        },
        () => {},
      );
    });
    // One chunk from the pipe: both messages delivered in the same turn.
    deliver({ type: 'request', id: 1, method: 'campaigns:list', input: undefined });
    deliver({ type: 'request', id: 2, method: 'contacts:lists', input: undefined });
    await answered;
    expect(order).toEqual(['answer 1', 'contacts:lists started', 'answer 2']);
  });
});
