import type { DatabaseSync } from 'node:sqlite';
import { campaignBusyMessage, type LeaseHolder } from '../../../shared/campaigns/lease-holder';
import { AppFailure } from '../../../shared/contract/result';
import { statement } from '../db/statement-cache';
import { isHolderAlive, type LeaseOwner } from './lease-owner';

const SQL = {
  read: `SELECT owner_id, kind, pid, host, acquired_at, heartbeat_at
    FROM campaign_leases WHERE campaign_id = ?`,
  put: `INSERT INTO campaign_leases
    (campaign_id, owner_id, kind, pid, host, acquired_at, heartbeat_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (campaign_id) DO UPDATE SET owner_id = excluded.owner_id, kind = excluded.kind,
      pid = excluded.pid, host = excluded.host, acquired_at = excluded.acquired_at,
      heartbeat_at = excluded.heartbeat_at`,
  renew: `UPDATE campaign_leases SET heartbeat_at = ? WHERE campaign_id = ? AND owner_id = ?`,
  release: `DELETE FROM campaign_leases WHERE campaign_id = ? AND owner_id = ?`,
  drop: `DELETE FROM campaign_leases WHERE campaign_id = ?`,
} as const;

/** A lease as stored, and whether its holder may still be sending. */
export interface LeaseState {
  readonly ownerId: string;
  readonly holder: LeaseHolder;
  readonly heartbeatAt: number;
  readonly alive: boolean;
}

/** Reads a campaign's lease (null when nobody holds it). Works on a read-only connection. */
export function readLease(db: DatabaseSync, campaignId: number, now: number): LeaseState | null {
  const r = statement(db, SQL.read).get(campaignId);
  if (!r) return null;
  const ownerId = String(r.owner_id);
  const heartbeatAt = Number(r.heartbeat_at);
  const pid = Number(r.pid);
  const host = String(r.host);
  return {
    ownerId,
    heartbeatAt,
    holder: { kind: r.kind === 'cli' ? 'cli' : 'app', pid, host, since: Number(r.acquired_at) },
    alive: isHolderAlive({ ownerId, pid, host, heartbeatAt }, now),
  };
}

/** A run's lease is gone: another Peaksend took the campaign over. The run writes nothing more. */
export class LeaseLost extends Error {
  constructor(readonly campaignId: number) {
    super(`The lease on campaign ${campaignId} was taken over by another Peaksend.`);
    this.name = 'LeaseLost';
  }
}

/**
 * The leases this engine takes and checks (DESIGN.md §3: one owner per campaign). Writing
 * methods must run inside a BEGIN IMMEDIATE transaction, so checking a lease and acting on it is
 * one atomic step against every other process on the same database.
 */
export class CampaignLeases {
  constructor(
    private readonly db: DatabaseSync,
    readonly owner: LeaseOwner,
    private readonly now: () => number,
  ) {}

  read(campaignId: number): LeaseState | null {
    return readLease(this.db, campaignId, this.now());
  }

  /** The other live Peaksend sending this campaign; null when it is free, stale or ours. */
  heldElsewhere(campaignId: number): LeaseHolder | null {
    const lease = this.read(campaignId);
    return lease && lease.alive && lease.ownerId !== this.owner.id ? lease.holder : null;
  }

  /** Refuses with CAMPAIGN_BUSY when another live Peaksend holds the campaign. */
  assertNotHeldElsewhere(campaignId: number): void {
    const holder = this.heldElsewhere(campaignId);
    if (holder) throw new AppFailure('CAMPAIGN_BUSY', campaignBusyMessage(campaignId, holder));
  }

  /**
   * Takes the campaign's lease (in the caller's transaction). `takenOver` means a gone holder
   * had it: the caller must then treat that holder's `submitting` rows as uncertain.
   */
  take(campaignId: number): 'ours' | 'taken' | 'takenOver' {
    const lease = this.read(campaignId);
    if (lease?.ownerId === this.owner.id) return 'ours';
    this.assertNotHeldElsewhere(campaignId);
    const at = this.now();
    const { id, kind, pid, host } = this.owner;
    statement(this.db, SQL.put).run(campaignId, id, kind, pid, host, at, at);
    return lease ? 'takenOver' : 'taken';
  }

  /** Renews our leases on `campaignIds`; returns those that are no longer ours. */
  renew(campaignIds: Iterable<number>): Set<number> {
    const lost = new Set<number>();
    const at = this.now();
    for (const id of campaignIds) {
      const { changes } = statement(this.db, SQL.renew).run(at, id, this.owner.id);
      if (Number(changes) === 0) lost.add(id);
    }
    return lost;
  }

  /** Renews our lease on one campaign, or fails with LeaseLost when it is not ours any more. */
  keep(campaignId: number): void {
    if (this.renew([campaignId]).size > 0) throw new LeaseLost(campaignId);
  }

  isOurs(campaignId: number): boolean {
    return this.read(campaignId)?.ownerId === this.owner.id;
  }

  /** Gives the campaign up (a no-op when it is not ours any more). */
  release(campaignId: number): void {
    statement(this.db, SQL.release).run(campaignId, this.owner.id);
  }

  /** Removes a gone holder's lease during recovery. */
  drop(campaignId: number): void {
    statement(this.db, SQL.drop).run(campaignId);
  }
}
