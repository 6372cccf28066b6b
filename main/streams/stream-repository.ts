import type { z } from 'zod';
import { SANDBOX_STREAM_ID, type StreamView } from '../../shared/streams/stream-types';
import type { UnreadableStreamView } from '../../shared/streams/unreadable-stream';
import type { StreamUsage } from '../engine-contract/engine-streams-contract';
import type { KeyValueStore } from '../ports/key-value-store';
import { sandboxSettingsSchema, streamRecordSchema, type StreamRecord } from './stream-record';
import {
  STREAMS_KEY,
  UNREADABLE_KEY,
  unreadableEntries,
  withoutUnreadable,
} from './unreadable-records';

const SANDBOX_KEY = 'sandbox';

/**
 * Stream records in the settings store, plus the built-in Sandbox stream, which always exists
 * and cannot be deleted. A record that fails to parse never crashes the Streams page and is
 * never dropped: saves write it back untouched (a `streams` value that is not a list moves to
 * `streamsUnreadable`), and `unreadable()` lists it until the user removes it.
 */
export class StreamRepository {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  records(): StreamRecord[] {
    const raw = this.store.get(STREAMS_KEY);
    if (!Array.isArray(raw)) return [];
    const out: StreamRecord[] = [];
    for (const item of raw) {
      const parsed = streamRecordSchema.safeParse(item);
      if (parsed.success) out.push(parsed.data);
    }
    return out;
  }

  /** Writes the readable records; the unreadable ones stay in the file as they were. */
  saveRecords(records: readonly StreamRecord[]): void {
    const raw = this.store.get(STREAMS_KEY);
    const kept = Array.isArray(raw)
      ? raw.filter((item) => !streamRecordSchema.safeParse(item).success)
      : [];
    if (raw !== undefined && !Array.isArray(raw)) {
      const aside = this.store.get(UNREADABLE_KEY);
      this.store.set(UNREADABLE_KEY, [...(Array.isArray(aside) ? aside : []), raw]);
    }
    this.store.set(STREAMS_KEY, [...records, ...kept]);
  }

  /** Records the file holds that cannot be read, with what could be salvaged of each. */
  unreadable(): UnreadableStreamView[] {
    return unreadableEntries(this.store).map((e) => e.view);
  }

  /** Removes one unreadable record (by its key) from wherever it is kept. */
  removeUnreadable(key: string): void {
    for (const name of [STREAMS_KEY, UNREADABLE_KEY]) {
      const next = withoutUnreadable(this.store.get(name), key);
      if (next !== undefined) this.store.set(name, next);
    }
  }

  sandboxSettings(): z.infer<typeof sandboxSettingsSchema> {
    const parsed = sandboxSettingsSchema.safeParse(this.store.get(SANDBOX_KEY) ?? {});
    return parsed.success ? parsed.data : sandboxSettingsSchema.parse({});
  }

  saveSandboxSettings(settings: z.infer<typeof sandboxSettingsSchema>): void {
    this.store.set(SANDBOX_KEY, settings);
  }

  /** Every stream as the renderer may see it: the Sandbox first, then the user's by name. */
  list(usage: ReadonlyMap<string, StreamUsage> = new Map()): StreamView[] {
    const sandbox = this.sandboxSettings();
    const epoch = new Date(0).toISOString();
    const sandboxUsage = usage.get(SANDBOX_STREAM_ID);
    const views: StreamView[] = [
      {
        id: SANDBOX_STREAM_ID,
        name: 'Sandbox',
        type: 'marketing',
        builtIn: true,
        defaultSender: sandbox.defaultSender,
        allowedIps: [],
        baseUrl: 'Built-in (this computer)',
        rateLimit: sandbox.rateLimit,
        hasToken: true,
        tokenHint: null,
        protection: 'none',
        sandboxProfile: sandbox.profile,
        lastUsedAt: sandboxUsage?.lastUsedAt ?? null,
        health: sandboxUsage?.health ?? null,
        createdAt: epoch,
        updatedAt: epoch,
      },
    ];
    const records = this.records().sort((a, b) => a.name.localeCompare(b.name));
    for (const r of records) {
      // The last call was made with a token that has since been replaced: it says nothing now.
      const used = usage.get(r.id);
      const stale =
        used?.lastUsedAt && r.tokenSetAt && Date.parse(used.lastUsedAt) < Date.parse(r.tokenSetAt);
      const u = stale ? undefined : used;
      views.push({
        id: r.id,
        name: r.name,
        type: r.type,
        builtIn: false,
        defaultSender: r.defaultSender,
        allowedIps: r.allowedIps,
        baseUrl: r.baseUrl,
        rateLimit: r.rateLimit,
        hasToken: r.tokenCipher !== null,
        tokenHint: r.tokenHint,
        protection: r.protection,
        sandboxProfile: null,
        lastUsedAt: u?.lastUsedAt ?? null,
        health: u?.health ?? null,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      });
    }
    return views;
  }

  timestamp(): string {
    return this.now().toISOString();
  }
}
