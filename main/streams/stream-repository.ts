import type { z } from 'zod';
import { SANDBOX_STREAM_ID, type StreamView } from '../../shared/streams/stream-types';
import type { StreamUsage } from '../engine-contract/engine-streams-contract';
import type { KeyValueStore } from '../ports/key-value-store';
import { sandboxSettingsSchema, streamRecordSchema, type StreamRecord } from './stream-record';

const STREAMS_KEY = 'streams';
const SANDBOX_KEY = 'sandbox';

/**
 * Stream records in the settings store, plus the built-in Sandbox stream, which always exists
 * and cannot be deleted. Records that fail to parse are skipped (and reported), never crash the
 * Streams page.
 */
export class StreamRepository {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
    private readonly onCorruptRecord: (index: number) => void = () => {},
  ) {}

  records(): StreamRecord[] {
    const raw = this.store.get(STREAMS_KEY);
    if (!Array.isArray(raw)) return [];
    const out: StreamRecord[] = [];
    raw.forEach((item, index) => {
      const parsed = streamRecordSchema.safeParse(item);
      if (parsed.success) out.push(parsed.data);
      else this.onCorruptRecord(index);
    });
    return out;
  }

  saveRecords(records: readonly StreamRecord[]): void {
    this.store.set(STREAMS_KEY, records);
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
      const u = usage.get(r.id);
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
