import { auditCampaign } from '../ledger-audit';
import { rowOf, secondsSince, type Scenario } from '../scenario';
import { cliSetup, sendingCampaign } from './cli-setup';

/** A real second `peaksend resume` of the campaign a running `peaksend send` is sending. */
export const secondSenderScenario: Scenario = {
  name: 'second-sender',
  async run(ctx) {
    const cli = await cliSetup(ctx, { latencyMs: [300, 300] });
    const started = performance.now();
    const send = cli.send();
    const id = await sendingCampaign(send);
    const second = cli.resume(id);
    const secondCode = await second.exited;
    const lines = second.stderr().trim().split('\n');
    const sendCode = await send.exited;
    const audit = auditCampaign(cli.dataDir, id, cli.sandbox.received());
    await cli.cleanup();
    return [
      rowOf(
        'second sender mid-send',
        audit,
        secondsSince(started),
        `second: exit ${secondCode}, "${(lines[0] ?? '').replace(/^peaksend resume: /, '').slice(0, 60)}…"; send: exit ${sendCode}`,
        [
          secondCode !== 4 && `second sender exit ${secondCode}, not 4`,
          lines.length !== 1 && `second sender printed ${lines.length} lines`,
          !/is being sent by another Peaksend \(the CLI, pid \d+/.test(lines[0] ?? '') &&
            'holder not named',
          sendCode !== 0 && `send exit ${sendCode}`,
        ],
      ),
    ];
  },
};
