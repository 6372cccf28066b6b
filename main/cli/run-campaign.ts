import { describePauseReason } from '../../shared/campaigns/pause-reason';
import type { CampaignProgress } from '../../shared/campaigns/campaign-types';
import type { Engine } from '../engine/engine';
import { DRAIN_MS } from '../engine/sending/send-coordinator';
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

type StopSignal = 'SIGINT' | 'SIGTERM';

/** How a run seen by the CLI ended, and the signal that stopped it, if one did. */
export interface CampaignEnd {
  readonly status: string;
  readonly reason: string | null;
  readonly signal: StopSignal | null;
}

/** The shell's convention: 128 + the signal's number. */
const SIGNAL_EXIT: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

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
 *
 * SIGINT/SIGTERM stop it gracefully: nothing more is dispatched, the answers in flight are
 * waited for (at most 10 s) and recorded, the campaign is paused and its lease given up, so a
 * Ctrl+C never turns answered messages into "uncertain". A second signal exits at once.
 */
export function waitForCampaign(
  engine: Engine,
  campaignId: number,
  io: CliIo,
  json: boolean,
): Promise<CampaignEnd> {
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
  let signal: StopSignal | null = null;
  const stopOn = (sig: StopSignal) => () => {
    if (signal) {
      io.stderr(`peaksend: ${sig} again: stopping now; answers still on their way are lost\n`);
      process.exit(SIGNAL_EXIT[sig]);
    }
    signal = sig;
    io.stderr(
      `peaksend: ${sig}: stopping; waiting up to ${DRAIN_MS / 1000} s for answers in flight (send it again to stop at once)\n`,
    );
    void engine.coordinator.pause(campaignId, { kind: 'interrupted' }, DRAIN_MS).catch(() => {});
  };
  const onInt = stopOn('SIGINT');
  const onTerm = stopOn('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return new Promise((resolve) => {
    const check = () => {
      const c = engine.coordinator.campaign(campaignId);
      if (c.status === 'sending' || engine.coordinator.isActive(campaignId)) {
        setTimeout(check, 50);
        return;
      }
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve({
        status: c.status,
        reason: c.pauseReason ? describePauseReason(c.pauseReason) : null,
        signal,
      });
    };
    check();
  });
}

/** Exit code: 0 all final, 3 some uncertain, 1 stopped on an error, 130/143 stopped by a signal. */
export function finish(
  engine: Engine,
  campaignId: number,
  started: number,
  end: CampaignEnd,
  io: CliIo,
): number {
  const summary = summaryOf(
    engine.coordinator.progress(campaignId),
    Math.round(performance.now() - started),
  );
  io.stdout(`${JSON.stringify(summary)}\n`);
  if (end.signal) {
    io.stderr(
      `campaign ${campaignId} paused by ${end.signal}; \`peaksend resume ${campaignId}\` continues it\n`,
    );
    return SIGNAL_EXIT[end.signal];
  }
  if (end.status !== 'done') {
    // The reason carries CommPeak's own words.
    io.stderr(`campaign ${campaignId} ${end.status}: ${terminalSafe(end.reason ?? 'stopped')}\n`);
    if (end.status === 'paused') {
      io.stderr(`once that is fixed, \`peaksend resume ${campaignId}\` continues it\n`);
    }
    return 1;
  }
  return summary.uncertain > 0 ? 3 : 0;
}
