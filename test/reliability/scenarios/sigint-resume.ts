import { auditCampaign } from '../ledger-audit';
import { rowOf, secondsSince, sleep, type Scenario } from '../scenario';
import { cliSetup, sendingCampaign } from './cli-setup';

/** Ctrl+C (a real SIGINT) mid-send on a sandbox answering in 300 ms, then `peaksend resume`. */
export const sigintResumeScenario: Scenario = {
  name: 'sigint',
  async run(ctx) {
    const cli = await cliSetup(ctx, { latencyMs: [300, 300] });
    const started = performance.now();
    const send = cli.send();
    const id = await sendingCampaign(send);
    await sleep(1000);
    send.child.kill('SIGINT');
    const stopCode = await send.exited;
    const stopped = auditCampaign(cli.dataDir, id, cli.sandbox.received());
    const resume = cli.resume(id);
    const resumeCode = await resume.exited;
    const audit = auditCampaign(cli.dataDir, id, cli.sandbox.received());
    await cli.cleanup();
    return [
      rowOf(
        'SIGINT mid-send, then resume',
        audit,
        secondsSince(started),
        `stopped at ${stopped.accepted}/${stopped.recipients}: exit ${stopCode}, ${stopped.uncertain} uncertain; resume exit ${resumeCode}`,
        [
          stopCode !== 130 && `SIGINT exit ${stopCode}, not 130`,
          stopped.uncertain > 0 && `${stopped.uncertain} uncertain after SIGINT`,
          resumeCode !== 0 && `resume exit ${resumeCode}`,
          audit.uncertain > 0 && `${audit.uncertain} uncertain`,
        ],
      ),
    ];
  },
};
