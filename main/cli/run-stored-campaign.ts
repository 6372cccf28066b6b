import type { Campaign } from '../../shared/campaigns/campaign-types';
import type { StreamCredentials } from '../engine-contract/stream-credentials';
import type { Engine } from '../engine/engine';
import { UsageError, type CliIo } from './cli-command';
import { openCliEngine } from './cli-engine';
import { cliOutput } from './cli-output';
import { cliCredentials, tokenFromEnv } from './cli-stream';
import { runToEnd } from './run-campaign';
import type { RunFlags } from './run-flags';

export interface StoredCampaignRun {
  readonly id: number;
  readonly dataDir: string | undefined;
  readonly json: boolean;
  readonly flags: RunFlags;
}

/**
 * What `resume` and `retry` share: open the data folder, build the campaign's stream with the
 * token from PEAKSEND_TOKEN, let `begin` set the run going, then follow it to its exit code.
 */
export async function runStoredCampaign(
  run: StoredCampaignRun,
  io: CliIo,
  begin: (engine: Engine, campaign: Campaign, creds: StreamCredentials) => Promise<unknown>,
): Promise<number> {
  const out = cliOutput(io, run.json);
  const token = tokenFromEnv(io.env);
  const started = performance.now();
  const engine = openCliEngine(run.dataDir, io, out);
  try {
    const campaign = engine.campaigns.get(run.id);
    if (!campaign.streamId) throw new UsageError(`campaign ${run.id} has no stream`);
    await begin(engine, campaign, cliCredentials(engine, campaign.streamId, token));
    out.note('campaign', { campaignId: run.id, name: campaign.name }, `campaign ${run.id}`);
    return await runToEnd(engine, run.id, out, run.flags, started);
  } finally {
    await engine.close();
  }
}
