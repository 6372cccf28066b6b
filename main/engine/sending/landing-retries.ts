/**
 * Retry times of batch outcomes still on their way to disk. The picker learns of those rows only
 * once their outcome is durable, but the run already waits for them: it names their time as the
 * next try and, while CommPeak cannot be reached, picks no new rows instead.
 */
export class LandingRetries {
  private readonly due = new Set<{ readonly at: number }>();

  /** Returns what to call once the outcome is on disk (or could not be written). */
  add(retryDueOf: ReadonlyMap<number, number>): () => void {
    if (retryDueOf.size === 0) return () => {};
    const entry = { at: Math.min(...retryDueOf.values()) };
    this.due.add(entry);
    return () => void this.due.delete(entry);
  }

  get size(): number {
    return this.due.size;
  }

  /** The earlier of `other` and the earliest retry still landing. */
  earliest(other: number | null): number | null {
    let best = other;
    for (const d of this.due) if (best === null || d.at < best) best = d.at;
    return best;
  }
}
