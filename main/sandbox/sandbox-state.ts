import { MessageLog } from './message-log';
import { resolveBehaviour } from './profiles';
import { createRandom, type Random } from './random';
import type { Behaviour, FaultName, ProfileName, SandboxConfig, TokenRule } from './sandbox-config';
import { TokenBucket } from './token-bucket';

export type ApiRoute = 'simple_send' | 'messages_status';

export interface SandboxStats {
  readonly profile: ProfileName;
  readonly requests: number;
  readonly byRoute: Record<ApiRoute | 'other', number>;
  /** HTTP status (as a string) -> count; hangs and resets are under their fault names. */
  readonly responses: Record<string, number>;
  readonly received: number;
  readonly accepted: number;
  /** Per-message error code -> count. */
  readonly messageErrors: Record<string, number>;
  readonly faults: Record<string, number>;
  readonly partsAccepted: number;
  readonly spent: number;
  readonly balance: number | null;
  readonly uuidsQueried: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface QueuedFault {
  readonly fault: FaultName;
  readonly route: ApiRoute;
  remaining: number;
}

const routeFaults: Record<ApiRoute, (fault: FaultName) => boolean> = {
  simple_send: () => true,
  // Nothing to throttle per message in a status query.
  messages_status: (fault) => fault !== 'rateLimitBurst',
};

/** The sandbox's mutable world: profile, buckets, balance, log and counters. */
export class SandboxState {
  profile: ProfileName;
  behaviour: Behaviour;
  balance: number | null;
  readonly random: Random;
  readonly log = new MessageLog();
  readonly tokens: ReadonlyMap<string, TokenRule & { index: number }>;
  readonly stats: Mutable<Omit<SandboxStats, 'profile' | 'balance' | 'received'>>;
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly floods = new Map<string, { second: number; count: number }>();
  private readonly queue: QueuedFault[] = [];

  constructor(readonly config: SandboxConfig) {
    this.profile = config.profile;
    this.behaviour = resolveBehaviour(config, config.profile);
    this.balance = this.behaviour.balance;
    this.random = createRandom(config.seed);
    const tokens = new Map<string, TokenRule & { index: number }>();
    config.tokens.forEach((entry, index) => {
      const rule = typeof entry === 'string' ? { token: entry } : entry;
      tokens.set(rule.token, { ...rule, index });
    });
    this.tokens = tokens;
    this.stats = {
      requests: 0,
      byRoute: { simple_send: 0, messages_status: 0, other: 0 },
      responses: {},
      accepted: 0,
      messageErrors: {},
      faults: {},
      partsAccepted: 0,
      spent: 0,
      uuidsQueried: 0,
    };
  }

  /** Switches behaviour; the config's own overrides still apply, the balance carries over. */
  setProfile(profile: ProfileName): void {
    this.profile = profile;
    this.behaviour = resolveBehaviour(this.config, profile);
    this.buckets.clear();
  }

  snapshot(): SandboxStats {
    return structuredClone({
      ...this.stats,
      profile: this.profile,
      balance: this.balance,
      received: this.log.received.length,
    });
  }

  count(map: Record<string, number>, key: string): void {
    map[key] = (map[key] ?? 0) + 1;
  }

  /** Takes `parts` from the token's bucket; false means RATE_LIMIT. */
  takeParts(rule: TokenRule, parts: number, nowMs: number): boolean {
    const rate =
      rule.partsPerSecond === undefined ? this.behaviour.partsPerSecond : rule.partsPerSecond;
    if (rate === null) return true;
    const capacity = this.behaviour.burstParts ?? rate;
    let bucket = this.buckets.get(rule.token);
    if (!bucket) {
      bucket = new TokenBucket(rate, capacity, nowMs);
      this.buckets.set(rule.token, bucket);
    }
    return bucket.tryTake(parts, nowMs);
  }

  /** Counts the call in the token's current second; true when over the flood limit. */
  isFlood(token: string, nowMs: number): boolean {
    const limit = this.behaviour.floodRequestsPerSecond;
    if (limit === null) return false;
    const second = Math.floor(nowMs / 1000);
    const window = this.floods.get(token);
    if (!window || window.second !== second) {
      this.floods.set(token, { second, count: 1 });
      return false;
    }
    window.count += 1;
    return window.count > limit;
  }

  inject(fault: FaultName, route: ApiRoute, times: number): void {
    this.queue.push({ fault, route, remaining: times });
  }

  /** An injected fault first, else one drawn from the profile's probabilities. */
  nextFault(route: ApiRoute): FaultName | undefined {
    const queued = this.queue.find((q) => q.route === route);
    if (queued) {
      queued.remaining -= 1;
      if (queued.remaining <= 0) this.queue.splice(this.queue.indexOf(queued), 1);
      return queued.fault;
    }
    const entries = Object.entries(this.behaviour.faults) as [FaultName, number][];
    if (entries.length === 0) return undefined;
    let r = this.random();
    for (const [fault, probability] of entries) {
      r -= probability;
      if (r < 0) return routeFaults[route](fault) ? fault : undefined;
    }
    return undefined;
  }
}
