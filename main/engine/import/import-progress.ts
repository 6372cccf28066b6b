import type { ImportProgress } from '../../../shared/contacts/contact-types';

export interface PipelineHooks {
  /** Called at most ~10 times a second, and once at the end. */
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly signal?: AbortSignal;
  /** Minimum time between progress reports; default 100 ms (tests use 0 to see every batch). */
  readonly progressIntervalMs?: number;
}

const MIN_INTERVAL_MS = 100;

/** Rate-limits progress reports so a fast import does not flood IPC. */
export class ProgressThrottle {
  private readonly startedAt = performance.now();
  private lastAt = -Infinity;

  constructor(
    private readonly totalBytes: number,
    private readonly onProgress: ((progress: ImportProgress) => void) | undefined,
    private readonly intervalMs = MIN_INTERVAL_MS,
  ) {}

  report(rowsRead: number, bytesRead: number, force = false): void {
    if (!this.onProgress) return;
    const now = performance.now();
    if (!force && now - this.lastAt < this.intervalMs) return;
    this.lastAt = now;
    const seconds = (now - this.startedAt) / 1000;
    this.onProgress({
      rowsRead,
      bytesRead,
      totalBytes: this.totalBytes,
      rowsPerSecond: seconds > 0 ? Math.round(rowsRead / seconds) : 0,
    });
  }
}
