import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import type { Release } from '../../../shared/campaigns/estimate-finish';
import type { SendWaiting } from '../../../shared/campaigns/send-obstacle';
import { CampaignRunner, type RunnerDeps, type RunnerEnd } from './campaign-runner';

interface Active {
  readonly runner: CampaignRunner;
  readonly done: Promise<void>;
  /** Set when we asked it to stop (pause, quit, a signal): the pause reason to record. */
  stopReason: PauseReason | null;
}

/** What every run shares; the rest is per campaign. */
export type SharedRunnerDeps = Pick<
  RunnerDeps,
  'ledger' | 'commit' | 'client' | 'now' | 'suppressedAmong'
>;

/** How a run ended, with what the coordinator needs to record it. */
export interface RunOutcome {
  readonly end: RunnerEnd;
  /** Why we stopped it, when we did; null when it ended on its own. */
  readonly stopReason: PauseReason | null;
  /** Outcome writes the disk refused; still `submitting` on disk. */
  readonly refused: readonly (() => void)[];
}

/** Resolves after `ms` or when `p` settles, whichever is first; true when `p` settled. */
function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  if (!Number.isFinite(ms)) return p.then(() => true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void p.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The campaigns being sent right now, one runner each. */
export class ActiveRuns {
  private readonly runs = new Map<number, Active>();

  /** `ended` runs once per run, after the runner let go of the campaign. */
  constructor(
    private readonly shared: SharedRunnerDeps,
    private readonly ended: (campaignId: number, outcome: RunOutcome) => void,
  ) {}

  has(campaignId: number): boolean {
    return this.runs.has(campaignId);
  }

  ids(): number[] {
    return [...this.runs.keys()];
  }

  start(deps: Omit<RunnerDeps, keyof SharedRunnerDeps>): void {
    const { campaignId } = deps;
    const runner = new CampaignRunner({ ...this.shared, ...deps });
    const finish = (end: RunnerEnd) => {
      this.runs.delete(campaignId);
      this.ended(campaignId, {
        end,
        stopReason: entry.stopReason,
        refused: runner.refusedWrites(),
      });
    };
    const entry: Active = {
      runner,
      stopReason: null,
      done: runner.run().then(finish, (error: unknown) =>
        finish({
          kind: 'halted',
          reason: {
            kind: 'error',
            message: error instanceof Error ? error.message : String(error),
          },
        }),
      ),
    };
    this.runs.set(campaignId, entry);
  }

  /** What the runner knows for the progress page; nothing when the campaign is not running. */
  held(campaignId: number): {
    count: number;
    nextOpeningMs: number | null;
    releases: Release[];
    waiting: SendWaiting | null;
  } {
    const a = this.runs.get(campaignId);
    const releases = a?.runner.heldReleases() ?? [];
    const openings = releases.flatMap((r) => (r.at === null ? [] : [r.at]));
    return {
      count: a?.runner.heldForQuietHours ?? 0,
      nextOpeningMs: openings.length > 0 ? Math.min(...openings) : null,
      releases,
      waiting: a?.runner.waiting() ?? null,
    };
  }

  /** Renews every running campaign's lease (the runners' writes renew it too). */
  heartbeat(): void {
    for (const a of this.runs.values()) a.runner.heartbeat();
  }

  /**
   * Stops a run and waits for its requests in flight — at most `graceMs`, after which the run is
   * abandoned (its unanswered rows stay `submitting` for the coordinator to settle). False when
   * it was not running.
   */
  async stop(campaignId: number, reason: PauseReason, graceMs = Infinity): Promise<boolean> {
    const a = this.runs.get(campaignId);
    if (!a) return false;
    await this.stopEach([a], reason, graceMs);
    return true;
  }

  async stopAll(reason: PauseReason, graceMs = Infinity): Promise<void> {
    await this.stopEach([...this.runs.values()], reason, graceMs);
  }

  private async stopEach(all: Active[], reason: PauseReason, graceMs: number): Promise<void> {
    for (const a of all) {
      a.stopReason ??= reason;
      a.runner.stop();
    }
    const settled = await within(Promise.all(all.map((a) => a.done)), graceMs);
    if (settled) return;
    for (const a of all) a.runner.abandon();
    await Promise.all(all.map((a) => a.done));
  }
}
