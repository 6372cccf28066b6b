import type { CampaignStatus } from '../../shared/campaigns/campaign-types';
import type { Engine } from '../../main/engine/engine';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every 20 ms; fails after `ms`. */
export async function waitFor(
  check: () => boolean,
  ms = 30_000,
  what = 'condition',
): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Waits until the campaign has one of `statuses` and no runner holds it any more. */
export function waitForStatus(
  engine: Engine,
  campaignId: number,
  statuses: readonly CampaignStatus[],
  ms = 30_000,
): Promise<void> {
  return waitFor(
    () =>
      statuses.includes(engine.campaigns.get(campaignId).status) &&
      !engine.coordinator.isActive(campaignId),
    ms,
    `campaign ${campaignId} to be ${statuses.join(' or ')}`,
  );
}
