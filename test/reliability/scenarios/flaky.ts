import type { Scenario } from '../scenario';
import { inProcess } from './in-process';

/** Timeouts, resets, 5xx before and after accepting, RATE_LIMIT bursts (seeded). */
export const flakyScenario: Scenario = {
  name: 'flaky',
  run: (ctx) => inProcess(ctx, 'flaky profile', 'flaky', async () => `sandbox seed ${ctx.seed}`),
};
