import type { DatabaseSync } from 'node:sqlite';
import type { Campaign, CampaignStatus } from '../../../shared/campaigns/campaign-types';
import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import { AppFailure } from '../../../shared/contract/result';
import { patchColumns, toCampaign, withVariantsInStep, type CampaignPatch } from './campaign-row';

export type { CampaignPatch } from './campaign-row';

/** Campaign rows: drafts are edited freely; once sending started only the runner changes them. */
export class CampaignStore {
  constructor(
    private readonly db: DatabaseSync,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(id: number): Campaign {
    const row = this.db.prepare('SELECT * FROM campaigns WHERE id = ?').get(id);
    if (!row) throw new AppFailure('NOT_FOUND', 'That campaign no longer exists.');
    return toCampaign(row);
  }

  list(): Campaign[] {
    return this.db
      .prepare('SELECT * FROM campaigns ORDER BY updated_at DESC, id DESC')
      .all()
      .map(toCampaign);
  }

  create(name: string, patch: CampaignPatch = {}): Campaign {
    const at = this.now().toISOString();
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO campaigns (name, status, created_at, updated_at) VALUES (?, 'draft', ?, ?)`,
      )
      .run(name, at, at);
    const id = Number(lastInsertRowid);
    if (Object.keys(patch).length > 0) this.update(id, patch);
    return this.get(id);
  }

  /** Draft edits; refused once the campaign has started sending (its ledger is frozen). */
  update(id: number, patch: CampaignPatch): Campaign {
    const current = this.get(id);
    if (!['draft', 'ready', 'scheduled'].includes(current.status)) {
      throw new AppFailure(
        'CONFLICT',
        'This campaign has started sending; its message can no longer change.',
      );
    }
    if (Object.keys(patch).length === 0) return current;
    const { sets, values } = patchColumns(withVariantsInStep(current, patch));
    this.db
      .prepare(`UPDATE campaigns SET ${sets}, updated_at = ? WHERE id = ?`)
      .run(...values, this.now().toISOString(), id);
    return this.get(id);
  }

  setStatus(
    id: number,
    status: CampaignStatus,
    extra: { pauseReason?: PauseReason | null } = {},
  ): Campaign {
    const at = this.now().toISOString();
    this.db
      .prepare(
        `UPDATE campaigns SET status = ?, pause_reason = ?, updated_at = ?,
           started_at = CASE WHEN ? = 'sending' AND started_at IS NULL THEN ? ELSE started_at END,
           finished_at = CASE WHEN ? IN ('done', 'canceled') THEN ? ELSE NULL END
         WHERE id = ?`,
      )
      .run(
        status,
        extra.pauseReason ? JSON.stringify(extra.pauseReason) : null,
        at,
        status,
        at,
        status,
        at,
        id,
      );
    return this.get(id);
  }

  /** The batch size of a campaign that has started (`peaksend resume --batch`); drafts use update. */
  setBatchSize(id: number, batchSize: number): Campaign {
    this.db
      .prepare('UPDATE campaigns SET batch_size = ?, updated_at = ? WHERE id = ?')
      .run(batchSize, this.now().toISOString(), id);
    return this.get(id);
  }

  /** The variant a test split's held-back rows get; set when the user chooses it. */
  setWinner(id: number, variant: string): Campaign {
    this.db
      .prepare('UPDATE campaigns SET winner = ?, updated_at = ? WHERE id = ?')
      .run(variant, this.now().toISOString(), id);
    return this.get(id);
  }

  setArchived(id: number, archived: boolean): Campaign {
    this.db
      .prepare('UPDATE campaigns SET archived = ?, updated_at = ? WHERE id = ?')
      .run(archived ? 1 : 0, this.now().toISOString(), id);
    return this.get(id);
  }

  delete(id: number): void {
    const c = this.get(id);
    if (c.status !== 'draft' && c.status !== 'ready' && c.status !== 'scheduled') {
      throw new AppFailure(
        'CONFLICT',
        'A campaign that has sent keeps its history; archive it instead.',
      );
    }
    this.db.prepare('DELETE FROM campaigns WHERE id = ?').run(id);
  }

  countByStream(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const row of this.db
      .prepare(
        'SELECT stream_id AS s, COUNT(*) AS n FROM campaigns WHERE stream_id IS NOT NULL GROUP BY stream_id',
      )
      .all()) {
      out[String(row.s)] = Number(row.n);
    }
    return out;
  }
}
