import type { Campaign } from '../../../shared/campaigns/campaign-types';
import type { CommpeakStream } from '../commpeak/commpeak-types';
import type { StreamCredentials } from '../../engine-contract/stream-credentials';
import { PartsBucket } from './token-bucket';

/** Statuses whose stream the engine needs to hold credentials for (to poll or to start). */
const needsCredentials: ReadonlySet<string> = new Set(['scheduled', 'paused', 'done', 'sending']);

/**
 * What the engine holds per stream while it runs: main's credentials (in memory only, for
 * scheduled starts and polling after a restart), the resolved stream the client calls, and one
 * token bucket shared by every campaign on that stream.
 */
export class StreamRegistry {
  private readonly creds = new Map<string, StreamCredentials>();
  private readonly resolved = new Map<string, CommpeakStream>();
  private readonly buckets = new Map<string, PartsBucket>();

  constructor(private readonly resolve: (creds: StreamCredentials) => Promise<CommpeakStream>) {}

  /** Keeps the credentials and resolves the stream (starting the embedded sandbox if needed). */
  async remember(creds: StreamCredentials): Promise<CommpeakStream> {
    this.creds.set(creds.id, creds);
    const stream = await this.resolve(creds);
    this.resolved.set(creds.id, stream);
    return stream;
  }

  /** The credentials of a stream that is resolved and ready to call, else null. */
  ready(streamId: string): StreamCredentials | null {
    return this.resolved.has(streamId) ? (this.creds.get(streamId) ?? null) : null;
  }

  /** Streams of these campaigns that main still has to hand over (after a restart). */
  missingFor(campaigns: readonly Campaign[]): string[] {
    const ids = new Set<string>();
    for (const c of campaigns) {
      if (c.streamId && !this.resolved.has(c.streamId) && needsCredentials.has(c.status)) {
        ids.add(c.streamId);
      }
    }
    return [...ids];
  }

  /** The resolved stream, or null while main has not handed its token over yet. */
  stream(streamId: string): CommpeakStream | null {
    return this.resolved.get(streamId) ?? null;
  }

  /** The stream's bucket, created on first use; a changed rate limit applies from now on. */
  bucketFor(creds: StreamCredentials): PartsBucket {
    let bucket = this.buckets.get(creds.id);
    if (!bucket) {
      bucket = new PartsBucket(creds.rateLimit);
      this.buckets.set(creds.id, bucket);
    } else bucket.setRate(creds.rateLimit);
    return bucket;
  }

  /** Messages per second the stream is sending at now, or null before its first campaign. */
  rateOf(streamId: string): number | null {
    return this.buckets.get(streamId)?.effectiveRate ?? null;
  }
}
