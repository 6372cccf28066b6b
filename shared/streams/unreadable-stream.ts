import type { StreamType } from './stream-types';

/**
 * A stream record in config.json that Peaksend cannot read (wrong shape, a field missing, a
 * `streams` value that is not a list). It is kept in the file untouched; the Streams page shows
 * what could be salvaged from it so the user can enter its token again or remove it.
 */
export interface UnreadableStreamView {
  /** Stable while the record is unchanged (a hash of it). */
  readonly key: string;
  readonly name: string | null;
  readonly type: StreamType | null;
  readonly baseUrl: string | null;
  readonly defaultSender: string | null;
  readonly allowedIps: readonly string[];
  readonly rateLimit: number | null;
}
