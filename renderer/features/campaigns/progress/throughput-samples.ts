/** One point of the throughput chart. */
export interface ThroughputSample {
  readonly at: number;
  readonly messages: number;
  readonly parts: number;
}

/** The chart covers the last minute, one sample a second. */
const MAX_SAMPLES = 60;

export function appendSample(
  samples: readonly ThroughputSample[],
  sample: ThroughputSample,
): readonly ThroughputSample[] {
  const next = [...samples, sample];
  return next.length > MAX_SAMPLES ? next.slice(next.length - MAX_SAMPLES) : next;
}
