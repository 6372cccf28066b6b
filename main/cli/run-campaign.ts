import { describePauseReason } from '../../shared/campaigns/pause-reason';
import type { CampaignProgress } from '../../shared/campaigns/campaign-types';
import type { Engine } from '../engine/engine';
import type { CliIo } from './cli-command';
import { terminalSafe } from './terminal-text';

export interface SendSummary {
  readonly campaignId: number;
  readonly recipients: number;
  readonly accepted: number;
  readonly failed: number;
  readonly uncertain: number;
  readonly skipped: number;
  readonly parts: number;
  readonly durationMs: number;
}

export function summaryOf(p: CampaignProgress, durationMs: number): SendSummary {
  return {
    campaignId: p.campaignId,
    recipients: p.total,
    accepted: p.byGroup.accepted + p.byGroup.delivered,
    failed: p.byGroup.failed,
    uncertain: p.byGroup.uncertain,
    skipped: p.byGroup.skipped,
    parts: p.partsSent,
    durationMs,
  };
}

/**
 * Waits until the campaign stops sending, printing progress to stderr about once a second.
 * Resolves with the final status and pause reason.
 */
export function waitForCampaign(
  engine: Engine,
  campaignId: number,
  io: CliIo,
  json: boolean,
): Promise<{ status: string; reason: string | null }> {
  let lastPrint = 0;
  engine.onEvent((name, payload) => {
    if (name !== 'campaigns:progress') return;
    const p = payload as CampaignProgress;
    if (p.campaignId !== campaignId) return;
    const now = Date.now();
    if (now - lastPrint < 1000) return;
    lastPrint = now;
    const done = p.total - p.byGroup.pending - p.byGroup.sending;
    io.stderr(
      json
        ? `${JSON.stringify({ progress: { done, total: p.total, byGroup: p.byGroup, mps: Math.round(p.messagesPerSecond) } })}\n`
        : `progress ${done}/${p.total} accepted=${p.byGroup.accepted} failed=${p.byGroup.failed} uncertain=${p.byGroup.uncertain} ${Math.round(p.messagesPerSecond)} msg/s\n`,
    );
  });
  return new Promise((resolve) => {
    const check = () => {
      const c = engine.campaigns.get(campaignId);
      if (c.status === 'sending' || engine.coordinator.isActive(campaignId)) {
        setTimeout(check, 50);
        return;
      }
      resolve({
        status: c.status,
        reason: c.pauseReason ? describePauseReason(c.pauseReason) : null,
      });
    };
    check();
  });
}

/** Exit code: 0 all final, 3 some uncertain, 1 stopped on an error. */
export function finish(
  engine: Engine,
  campaignId: number,
  started: number,
  end: { status: string; reason: string | null },
  io: CliIo,
): number {
  const summary = summaryOf(
    engine.coordinator.progress(campaignId),
    Math.round(performance.now() - started),
  );
  io.stdout(`${JSON.stringify(summary)}\n`);
  if (end.status !== 'done') {
    // The reason carries CommPeak's own words.
    io.stderr(`campaign ${campaignId} ${end.status}: ${terminalSafe(end.reason ?? 'stopped')}\n`);
    return 1;
  }
  return summary.uncertain > 0 ? 3 : 0;
}
