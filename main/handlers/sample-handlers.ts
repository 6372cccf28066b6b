import type { Handlers } from '../../shared/contract/dispatcher';
import { forward } from '../../shared/contract/forward';
import type { sampleMethods } from '../../shared/contract/sample-contract';
import type { MainPorts } from './main-ports';

/** The first-run sample: the engine builds it, with the Sandbox sender main keeps. */
export function sampleHandlers(ports: MainPorts): Handlers<typeof sampleMethods> {
  return {
    'campaigns:createSample': () =>
      forward(
        ports.engine.campaigns.createSample({
          defaultSender: ports.streams.sandboxSettings().defaultSender,
        }),
      ),
  };
}
