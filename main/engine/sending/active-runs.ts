import { CampaignRunner, type RunnerDeps, type RunnerEnd } from './campaign-runner';

interface Active {
  readonly runner: CampaignRunner;
  readonly done: Promise<void>;
  /** Set when we asked it to stop (pause, cancel, quit): a `finished` end is then not "done". */
  stopping: boolean;
}

/** What every run shares; the rest is per campaign. */
export type SharedRunnerDeps = Pick<
  RunnerDeps,
  'ledger' | 'commit' | 'client' | 'now' | 'suppressedAmong'
>;

/** The campaigns being sent right now, one runner each. */
export class ActiveRuns {
  private readonly runs = new Map<number, Active>();

  /** `ended` runs once per run, after the runner let go of the campaign. */
  constructor(
    private readonly shared: SharedRunnerDeps,
    private readonly ended: (campaignId: number, end: RunnerEnd, stopping: boolean) => void,
  ) {}

  has(campaignId: number): boolean {
    return this.runs.has(campaignId);
  }

  start(deps: Omit<RunnerDeps, keyof SharedRunnerDeps>): void {
    const { campaignId } = deps;
    const runner = new CampaignRunner({ ...this.shared, ...deps });
    const finish = (end: RunnerEnd) => {
      this.runs.delete(campaignId);
      this.ended(campaignId, end, entry.stopping);
    };
    const entry: Active = {
      runner,
      stopping: false,
      done: runner.run().then(finish, (error: unknown) =>
        finish({
          kind: 'halted',
          reason: {
            kind: 'error',
            message: error instanceof Error ? error.message : String(error),
          },
          failure: { kind: 'config', cause: 'http_4xx', message: String(error) },
        }),
      ),
    };
    this.runs.set(campaignId, entry);
  }

  /** What the runner knows for the progress page; zeros when the campaign is not running. */
  held(campaignId: number): { count: number; nextOpeningMs: number | null } {
    const a = this.runs.get(campaignId);
    return {
      count: a?.runner.heldForQuietHours ?? 0,
      nextOpeningMs: a?.runner.nextOpening() ?? null,
    };
  }

  /** Stops a run and waits for its requests in flight; false when it was not running. */
  async stop(campaignId: number): Promise<boolean> {
    const a = this.runs.get(campaignId);
    if (!a) return false;
    a.stopping = true;
    a.runner.stop();
    await a.done;
    return true;
  }

  async stopAll(): Promise<void> {
    const all = [...this.runs.values()];
    for (const a of all) {
      a.stopping = true;
      a.runner.stop();
    }
    await Promise.all(all.map((a) => a.done));
  }
}
