import { createHash } from 'node:crypto';
import { streamTypes } from '../../shared/streams/stream-types';
import type { UnreadableStreamView } from '../../shared/streams/unreadable-stream';
import type { KeyValueStore } from '../ports/key-value-store';
import { streamRecordSchema } from './stream-record';

export const STREAMS_KEY = 'streams';
/** Where a `streams` value that was not a list is kept once a save rewrites `streams`. */
export const UNREADABLE_KEY = 'streamsUnreadable';

/** A stable name for a raw record: the same bytes give the same key across reads. */
function keyOf(raw: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(raw) ?? 'undefined')
    .digest('hex')
    .slice(0, 16);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** What the Streams page can show of a record it cannot read (never the token cipher). */
function salvage(raw: unknown): UnreadableStreamView {
  const o = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  const get = (k: string): unknown => (o as Record<string, unknown>)[k];
  const type = streamTypes.find((t) => t === get('type'));
  const ips = get('allowedIps');
  const rate = get('rateLimit');
  return {
    key: keyOf(raw),
    name: text(get('name')),
    type: type ?? null,
    baseUrl: text(get('baseUrl')),
    defaultSender: text(get('defaultSender')),
    allowedIps: Array.isArray(ips) ? ips.filter((ip): ip is string => typeof ip === 'string') : [],
    rateLimit: typeof rate === 'number' && Number.isFinite(rate) ? rate : null,
  };
}

/** Every unreadable record: in `streams` (a bad entry, or `streams` itself) and set aside. */
export function unreadableEntries(
  store: KeyValueStore,
): { raw: unknown; view: UnreadableStreamView }[] {
  const out: { raw: unknown; view: UnreadableStreamView }[] = [];
  const streams = store.get(STREAMS_KEY);
  if (Array.isArray(streams)) {
    for (const item of streams)
      if (!streamRecordSchema.safeParse(item).success) out.push(entry(item));
  } else if (streams !== undefined) out.push(entry(streams));
  const aside = store.get(UNREADABLE_KEY);
  if (Array.isArray(aside)) for (const item of aside) out.push(entry(item));
  return out;
}

function entry(raw: unknown) {
  return { raw, view: salvage(raw) };
}

/** The value without the unreadable record `key`; undefined when nothing changes. */
export function withoutUnreadable(value: unknown, key: string): unknown {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return keyOf(value) === key ? [] : undefined;
  const next = value.filter(
    (item) => streamRecordSchema.safeParse(item).success || keyOf(item) !== key,
  );
  return next.length === value.length ? undefined : next;
}
