import type { CampaignProgress } from '../../shared/campaigns/campaign-types';
import { describePauseReason } from '../../shared/campaigns/pause-reason';
import { describeWaiting } from '../../shared/campaigns/send-obstacle';
import type { Engine } from '../engine/engine';
import { awaitingStatusCount } from '../engine/ledger/ledger-queries';
import { DRAIN_MS } from '../engine/sending/send-coordinator';
import { printable, type CliOutput } from './cli-output';
import { EXIT } from './exit-codes';
import type { RunFlags } from './run-flags';
import { summaryOf } from './send-summary';
import { SIGNAL_EXIT, watchStopSignals, type StopSignals } from './stop-signals';

const PRINT_EVERY_MS = 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How a run seen by the CLI ended. */
interface CampaignEnd {
  readonly status: string;
  readonly reason: string | null;
  readonly pauseKind: string | null;
}

/**
 * Follows a campaign this process just started (or resumed) to its end and returns the exit
 * code: progress on stderr about once a second, naming the obstacle while nothing can be handed
 * to CommPeak; then, with --wait-delivery, the delivery reports; then the summary on stdout.
 */
export async function runToEnd(
  engine: Engine,
  campaignId: number,
  out: CliOutput,
  flags: RunFlags,
  started: number,
): Promise<number> {
  const stops = watchStopSignals(out, () => {
    void engine.coordinator.pause(campaignId, { kind: 'interrupted' }, DRAIN_MS).catch(() => {});
  });
  try {
    const end = await waitForRun(engine, campaignId, out);
    if (!stops.signal && end.status === 'done' && flags.waitDeliveryMs > 0) {
      await waitForDelivery(engine, campaignId, out, flags.waitDeliveryMs, stops);
    }
    return finish(engine, campaignId, started, end, out, stops);
  } finally {
    stops.dispose();
  }
}

function printProgress(out: CliOutput, p: CampaignProgress, now: number): void {
  const done = p.total - p.byGroup.pending - p.byGroup.sending;
  const mps = Math.round(p.messagesPerSecond);
  const waiting = p.waiting
    ? {
        ...p.waiting,
        nextTryInSeconds:
          p.waiting.nextTryAt === null
            ? null
            : Math.max(0, Math.ceil((p.waiting.nextTryAt - now) / 1000)),
      }
    : null;
  const obstacle = p.waiting ? `; ${printable(describeWaiting(p.waiting, now))}` : '';
  out.note(
    'progress',
    { campaignId: p.campaignId, done, total: p.total, byGroup: p.byGroup, mps, waiting },
    `progress ${done}/${p.total} accepted=${p.byGroup.accepted} failed=${p.byGroup.failed} uncertain=${p.byGroup.uncertain} ${mps} msg/s${obstacle}`,
  );
}

function waitForRun(engine: Engine, campaignId: number, out: CliOutput): Promise<CampaignEnd> {
  // The first line at once: a script (or a test) sees the run has begun.
  let lastPrint = 0;
  return new Promise((resolve) => {
    const check = () => {
      const c = engine.coordinator.campaign(campaignId);
      if (c.status === 'sending' || engine.coordinator.isActive(campaignId)) {
        const now = Date.now();
        if (now - lastPrint >= PRINT_EVERY_MS) {
          lastPrint = now;
          printProgress(out, engine.coordinator.progress(campaignId), now);
        }
        setTimeout(check, 50);
        return;
      }
      resolve({
        status: c.status,
        reason: c.pauseReason ? describePauseReason(c.pauseReason) : null,
        pauseKind: c.pauseReason?.kind ?? null,
      });
    };
    check();
  });
}

/** Polls delivery statuses (the engine's poller, on its schedule) until all are final or time is up. */
async function waitForDelivery(
  engine: Engine,
  campaignId: number,
  out: CliOutput,
  ms: number,
  stops: StopSignals,
): Promise<void> {
  const deadline = Date.now() + ms;
  let lastPrint = Date.now();
  for (;;) {
    const open = awaitingStatusCount(engine.db, campaignId);
    const now = Date.now();
    if (open === 0 || stops.signal) return;
    if (now >= deadline) {
      out.note(
        'delivery',
        { campaignId, awaiting: open, timedOut: true },
        `delivery reports: ${open} still awaited after ${Math.round(ms / 1000)} s; \`peaksend status ${campaignId}\` shows them later`,
      );
      return;
    }
    if (now - lastPrint >= PRINT_EVERY_MS) {
      lastPrint = now;
      out.note(
        'delivery',
        { campaignId, awaiting: open, timedOut: false },
        `delivery reports: ${open} still awaited`,
      );
    }
    await sleep(200);
  }
}

/** Exit code: 0 all final, 3 some uncertain, 1 stopped on an error, 130/143 stopped by a signal. */
function finish(
  engine: Engine,
  campaignId: number,
  started: number,
  end: CampaignEnd,
  out: CliOutput,
  stops: StopSignals,
): number {
  const summary = summaryOf(
    engine.coordinator.progress(campaignId),
    engine.coordinator.ledger.errorBreakdown(campaignId, 1000),
    Math.round(performance.now() - started),
  );
  // The summary is JSON on stdout with or without --json (scripts read it either way).
  out.result(summary, JSON.stringify(summary));
  const resume = `peaksend resume ${campaignId}`;
  if (stops.signal) {
    out.note(
      'stopped',
      { campaignId, signal: stops.signal, resume },
      `campaign ${campaignId} paused by ${stops.signal}; \`${resume}\` continues it`,
    );
    return SIGNAL_EXIT[stops.signal];
  }
  if (end.status !== 'done') {
    const reason = end.reason ?? 'stopped';
    const paused = end.status === 'paused';
    out.note(
      paused ? 'paused' : 'stopped',
      { campaignId, status: end.status, pauseKind: end.pauseKind, reason, resume },
      `campaign ${campaignId} ${end.status}: ${printable(reason)}${paused ? `\nonce that is fixed, \`${resume}\` continues it` : ''}`,
    );
    return EXIT.error;
  }
  if (summary.uncertain > 0) {
    out.note(
      'uncertain',
      { campaignId, uncertain: summary.uncertain },
      `${summary.uncertain} recipient(s) uncertain: \`peaksend uncertain ${campaignId}\` lists them`,
    );
    return EXIT.uncertain;
  }
  return EXIT.ok;
}
