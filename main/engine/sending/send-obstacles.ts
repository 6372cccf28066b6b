import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import {
  describeObstacle,
  type ObstacleKind,
  type SendWaiting,
} from '../../../shared/campaigns/send-obstacle';
import type { ApiFailure } from '../commpeak/api-failure';

interface Obstacle {
  readonly kind: ObstacleKind;
  readonly reason: string;
  readonly since: number;
}

/** The obstacle a "not accepted, come back later" failure stands for. */
export function obstacleOf(failure: ApiFailure): { kind: ObstacleKind; reason: string } | null {
  if (failure.kind !== 'retry') return null;
  return { kind: failure.cause, reason: describeObstacle(failure.cause, failure.host) };
}

/**
 * What keeps a run from handing messages to CommPeak, and for how long. The runner tells it
 * when CommPeak took (or may have taken) a message and when a batch came back "not accepted";
 * the progress snapshot shows the current obstacle, and with a `maxWaitMs` the run counts as
 * stalled once nothing was handed over for that long (the campaign then pauses as `stalled`).
 */
export class SendObstacles {
  private lastHandedAt: number;
  private current: Obstacle | null = null;

  constructor(
    private readonly now: () => number,
    /** Null: wait as long as it takes (the app; its user sees the obstacle and can pause). */
    private readonly maxWaitMs: number | null,
  ) {
    this.lastHandedAt = now();
  }

  /** CommPeak answered for a message (accepted, refused it, or may have it): not stuck. */
  handedOver(at: number): void {
    this.lastHandedAt = at;
    this.current = null;
  }

  /** Something is in the way; `since` stays at its first sighting while the kind is the same. */
  blocked(kind: ObstacleKind, reason: string, at: number): void {
    const since = this.current?.kind === kind ? this.current.since : at;
    this.current = { kind, reason, since };
  }

  get kind(): ObstacleKind | null {
    return this.current?.kind ?? null;
  }

  /** The obstacle for the progress snapshot; `nextTryAt` comes from the run's schedule. */
  waiting(nextTryAt: number | null): SendWaiting | null {
    if (!this.current) return null;
    return { ...this.current, nextTryAt };
  }

  /** Milliseconds until the run counts as stalled; null when it never does. */
  msUntilStall(): number | null {
    if (this.maxWaitMs === null) return null;
    return Math.max(0, this.lastHandedAt + this.maxWaitMs - this.now());
  }

  /** The pause reason once stalled, else null. */
  stalled(): PauseReason | null {
    const left = this.msUntilStall();
    if (left === null || left > 0) return null;
    return {
      kind: 'stalled',
      reason: this.current?.reason ?? 'no message could be handed to CommPeak',
      sinceIso: new Date(this.lastHandedAt).toISOString(),
    };
  }
}
