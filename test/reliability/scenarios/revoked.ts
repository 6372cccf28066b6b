import { describePauseReason } from '../../../shared/campaigns/pause-reason';
import { sleep, waitUntil, type Scenario } from '../scenario';
import { inProcess } from './in-process';

/** The token stops working mid-campaign: it pauses with CommPeak's reason, then resumes. */
export const revokedScenario: Scenario = {
  name: 'revoked',
  run: (ctx) =>
    inProcess(ctx, 'token revoked mid-campaign', 'clean', async (sandbox, engine, id, creds) => {
      await sleep(800);
      await sandbox.setProfile('auth');
      await waitUntil(() => engine.campaigns.get(id).status === 'paused', 60_000);
      const paused = engine.campaigns.get(id).pauseReason;
      const reason = paused ? describePauseReason(paused) : '';
      await sandbox.setProfile('clean');
      await engine.coordinator.resume(id, creds);
      return `paused: "${reason.slice(0, 48)}…", resumed`;
    }),
};
