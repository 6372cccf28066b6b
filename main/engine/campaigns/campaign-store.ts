import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import {
  campaignStatuses,
  type Campaign,
  type CampaignStatus,
} from '../../../shared/campaigns/campaign-types';
import { parseStoredPauseReason, type PauseReason } from '../../../shared/campaigns/pause-reason';
import { AppFailure } from '../../../shared/contract/result';

const rowSchema = z.object({
  id: z.number(),
  name: z.string(),
  status: z.enum(campaignStatuses),
  stream_id: z.string().nullable(),
  sender: z.string(),
  template: z.string(),
  opt_out_footer: z.string().nullable(),
  list_ids_json: z.string(),
  exclude_list_ids_json: z.string(),
  segment_ids_json: z.string(),
  exclude_segment_ids_json: z.string(),
  schedule_at: z.string().nullable(),
  quiet_hours: z.number(),
  batch_size: z.number(),
  concurrency: z.number(),
  pause_reason: z.string().nullable(),
  draft_step: z.enum(['audience', 'message', 'review', 'send']),
  archived: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
  started_at: z.string().nullable(),
  finished_at: z.string().nullable(),
});

const idList = z.array(z.number().int());
const idListKeys: ReadonlySet<keyof CampaignPatch> = new Set([
  'listIds',
  'excludeListIds',
  'segmentIds',
  'excludeSegmentIds',
]);

export function toCampaign(row: unknown): Campaign {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    streamId: r.stream_id,
    sender: r.sender,
    template: r.template,
    optOutFooter: r.opt_out_footer,
    listIds: idList.parse(JSON.parse(r.list_ids_json)),
    excludeListIds: idList.parse(JSON.parse(r.exclude_list_ids_json)),
    segmentIds: idList.parse(JSON.parse(r.segment_ids_json)),
    excludeSegmentIds: idList.parse(JSON.parse(r.exclude_segment_ids_json)),
    scheduleAt: r.schedule_at,
    quietHours: r.quiet_hours === 1,
    batchSize: r.batch_size,
    concurrency: r.concurrency,
    pauseReason: parseStoredPauseReason(r.pause_reason),
    draftStep: r.draft_step,
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export type CampaignPatch = Partial<
  Pick<
    Campaign,
    | 'name'
    | 'streamId'
    | 'sender'
    | 'template'
    | 'optOutFooter'
    | 'listIds'
    | 'excludeListIds'
    | 'segmentIds'
    | 'excludeSegmentIds'
    | 'scheduleAt'
    | 'quietHours'
    | 'batchSize'
    | 'concurrency'
    | 'draftStep'
  >
>;

const columnOf: Record<keyof CampaignPatch, string> = {
  name: 'name',
  streamId: 'stream_id',
  sender: 'sender',
  template: 'template',
  optOutFooter: 'opt_out_footer',
  listIds: 'list_ids_json',
  excludeListIds: 'exclude_list_ids_json',
  segmentIds: 'segment_ids_json',
  excludeSegmentIds: 'exclude_segment_ids_json',
  scheduleAt: 'schedule_at',
  quietHours: 'quiet_hours',
  batchSize: 'batch_size',
  concurrency: 'concurrency',
  draftStep: 'draft_step',
};

function toColumnValue(key: keyof CampaignPatch, value: unknown): string | number | null {
  if (idListKeys.has(key)) return JSON.stringify(value);
  if (key === 'quietHours') return value ? 1 : 0;
  return value as string | number | null;
}

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
    const keys = Object.keys(patch) as (keyof CampaignPatch)[];
    if (keys.length === 0) return current;
    const sets = keys.map((k) => `${columnOf[k]} = ?`).join(', ');
    const values = keys.map((k) => toColumnValue(k, patch[k]));
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
