import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { AppFailure } from '../../../shared/contract/result';
import { QuietHours } from '../campaigns/quiet-hours';
import type { StreamCredentials } from '../../engine-contract/stream-credentials';
import type { RunOutcome } from './active-runs';
import { priceLookup } from './progress-publisher';
import type { CoordinatorDeps, SendParts } from './send-parts';

/** Per-run choices (the CLI's flags); the app passes none. */
export interface RunOptions {
  /** Pause as `stalled` once nothing could be handed to CommPeak for this long. */
  readonly maxWaitMs?: number;
  /** A new batch size for the campaign, kept for later runs (`peaksend resume --batch`). */
  readonly batchSize?: number;
}

/** Starts a run of a campaign whose lease the caller holds; a running one is left as it is. */
export function launchRun(
  d: CoordinatorDeps,
  p: SendParts,
  campaignId: number,
  creds: StreamCredentials,
  run: RunOptions = {},
): Campaign {
  if (p.runs.has(campaignId)) return p.endings.view(d.campaigns.get(campaignId));
  const stream = p.streams.stream(creds.id);
  if (!stream) throw new AppFailure('INTERNAL', 'Stream not resolved');
  p.reserve.ensure();
  if (run.batchSize !== undefined) d.campaigns.setBatchSize(campaignId, run.batchSize);
  const campaign = d.campaigns.setStatus(campaignId, 'sending');
  p.runs.start({
    campaignId,
    sender: campaign.sender || creds.defaultSender,
    stream,
    batchSize: campaign.batchSize,
    internalIdPrefix: p.internalIdPrefix,
    maxWaitMs: run.maxWaitMs ?? null,
    concurrency: campaign.concurrency,
    bucket: p.streams.bucketFor(creds),
    progress: p.publisher.refresh(campaignId),
    quietHours: campaign.quietHours ? new QuietHours(d.settings.quietHours()) : null,
    priceOf: priceLookup(d.settings.priceTable()),
    changed: () => p.publisher.changed(campaignId),
  });
  p.publisher.statusChanged(campaign);
  return campaign;
}

/** A run ended: its end is recorded with the lease given up (run-endings.ts). */
export function settleRun(p: SendParts, campaignId: number, outcome: RunOutcome): void {
  const c = p.endings.settle(campaignId, outcome);
  // Writes tried again, rows made uncertain, another owner's: the memory counts are behind.
  if (outcome.refused.length > 0 || outcome.end.kind !== 'finished') {
    p.publisher.refresh(campaignId);
  }
  p.publisher.statusChanged(c);
}
