import { sleep, type Scenario } from '../scenario';
import { inProcess } from './in-process';

/** CommPeak unreachable for 4 s mid-campaign (connection refused), then back. */
export const networkScenario: Scenario = {
  name: 'network',
  run: (ctx) =>
    inProcess(ctx, 'network down, then up', 'clean', async (sandbox) => {
      await sleep(800);
      await sandbox.setProfile('down');
      await sleep(4000);
      await sandbox.setProfile('clean');
      return 'down 4 s';
    }),
};
