import type { Engine } from '../../../main/engine/engine';
import type { SandboxHandle } from '../../../main/sandbox/start-sandbox';
import { until } from '../scenario';

export const RELIABILITY_TOKEN = 'reliability-token-1';

/** Sends one campaign to `listId` through `sandbox` and waits until it stops sending. */
export async function sendToList(
  engine: Engine,
  sandbox: SandboxHandle,
  listId: number,
  name: string,
): Promise<number> {
  const campaign = engine.campaigns.create(name, {
    streamId: 's1',
    template: 'Hi {first_name}',
    listIds: [listId],
    quietHours: false,
  });
  await engine.coordinator.start(campaign.id, {
    id: 's1',
    name: 'S',
    sandbox: false,
    baseUrl: sandbox.baseUrl,
    origin: new URL(sandbox.baseUrl).origin,
    token: RELIABILITY_TOKEN,
    rateLimit: 5000,
    defaultSender: 'Brand',
  });
  await until(
    () =>
      engine.campaigns.get(campaign.id).status !== 'sending' &&
      !engine.coordinator.isActive(campaign.id),
    600_000,
    `campaign ${name} to finish`,
  );
  return campaign.id;
}
