import type { DatabaseSync } from 'node:sqlite';
import type { AudienceSources } from '../../../shared/campaigns/campaign-types';
import { findSegment } from '../segments/segment-store';
import { iterateSegment, type SegmentRow } from '../segments/segment-contacts';

export interface AudienceContact {
  readonly phone: string;
  readonly country: string | null;
  readonly fields: Record<string, string>;
  /** The stored JSON of `fields`, so copying it into the ledger needs no re-serialising. */
  readonly fieldsJson: string;
}

/** The lists whose columns the audience's merge fields come from: its lists, then its segments'. */
function sourceListIds(db: DatabaseSync, audience: Partial<AudienceSources>): number[] {
  const ids = [...(audience.listIds ?? [])];
  for (const id of audience.segmentIds ?? []) {
    const segment = findSegment(db, id);
    if (segment && !ids.includes(segment.listId)) ids.push(segment.listId);
  }
  return ids;
}

/** The merge fields the audience offers: the union of its lists' columns, in list order. */
export function audienceFields(db: DatabaseSync, audience: Partial<AudienceSources>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const stmt = db.prepare('SELECT columns_json FROM contact_lists WHERE id = ?');
  for (const id of sourceListIds(db, audience)) {
    const row = stmt.get(id);
    if (!row) continue;
    for (const name of JSON.parse(String(row.columns_json)) as string[]) {
      if (!seen.has(name)) {
        seen.add(name);
        out.push(name);
      }
    }
  }
  return out;
}

/** Whether the campaign names anyone to send to (lists or segments, deleted ones aside). */
export function hasAudience(audience: AudienceSources): boolean {
  return audience.listIds.length > 0 || audience.segmentIds.length > 0;
}

/**
 * Walks the audience: the union of its lists and segments (a phone in several of them counts
 * once, with the first source's fields), minus everyone in its excluded lists and segments.
 * Lists come first, then segments, each in the campaign's order. Streams rows so a
 * million-contact audience needs no big array. Suppression is decided by the caller.
 */
export function* iterateAudience(
  db: DatabaseSync,
  audience: AudienceSources,
): Generator<AudienceContact> {
  if (!hasAudience(audience)) return;
  const excluded = excludedPhones(db, audience);
  const single = audience.listIds.length + audience.segmentIds.length === 1;
  const seen = single ? null : new Set<string>();
  for (const row of sourceRows(db, audience)) {
    const { phone } = row;
    if (excluded.has(phone)) continue;
    if (seen) {
      if (seen.has(phone)) continue;
      seen.add(phone);
    }
    yield {
      phone,
      country: row.country,
      fields: JSON.parse(row.fieldsJson) as Record<string, string>,
      fieldsJson: row.fieldsJson,
    };
  }
}

function excludedPhones(db: DatabaseSync, audience: AudienceSources): Set<string> {
  const out = new Set<string>();
  const ofList = db.prepare('SELECT phone FROM contacts WHERE list_id = ?');
  for (const id of audience.excludeListIds) {
    for (const row of ofList.iterate(id)) out.add(String(row.phone));
  }
  for (const id of audience.excludeSegmentIds) {
    const segment = findSegment(db, id);
    if (segment) for (const row of iterateSegment(db, segment)) out.add(row.phone);
  }
  return out;
}

function* sourceRows(
  db: DatabaseSync,
  { listIds, segmentIds }: AudienceSources,
): Generator<SegmentRow> {
  const ofList = db.prepare(
    'SELECT phone, country, fields_json FROM contacts WHERE list_id = ? ORDER BY id',
  );
  for (const id of listIds) {
    for (const row of ofList.iterate(id)) {
      yield {
        phone: String(row.phone),
        country: row.country === null ? null : String(row.country),
        fieldsJson: String(row.fields_json),
      };
    }
  }
  for (const id of segmentIds) {
    // A segment deleted after it was chosen no longer selects anyone.
    const segment = findSegment(db, id);
    if (segment) yield* iterateSegment(db, segment);
  }
}
